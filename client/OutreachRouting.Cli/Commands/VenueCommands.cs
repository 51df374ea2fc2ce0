using OutreachRouting.Contracts.Venues;

namespace OutreachRouting.Cli.Commands;

/// <summary>`outreach venues list|show|import|export`.</summary>
public static class VenueCommands
{
    public static Command Build(CliContext context)
    {
        var kind = CommonOptions.Choice<VenueKind>("--kind", "only venues of this kind");
        var borough = new Option<string?>("--borough") { Description = "only venues in this borough" };
        var status = CommonOptions.Choice<VenueStatus>("--status", "only venues with this status");
        var overdue = new Option<bool>("--overdue") { Description = "only active venues past their target interval" };
        return new Command("venues", "The team's venues: bars, clubs, hostels, street routes...")
        {
            ListCommand.Build(context, "List the team's venues, a page at a time.", [kind, borough, status, overdue],
                (client, team, parsed, skip, take, ct) => client.ListVenuesAsync(team, new VenueQuery(parsed.Value<VenueKind>(kind), parsed.GetValue(borough),
                    parsed.Value<VenueStatus>(status), parsed.GetValue(overdue) ? true : null, skip, take), ct),
                VenueViews.Table),
            ShowCommand.Build(context, "venue", "Show one venue: windows, needs, visits.", (client, team, id, ct) => client.GetVenueAsync(team, id, ct), VenueViews.Details),
            Import(context),
            Export(context),
        };
    }

    private static Command Import(CliContext context)
    {
        var team = CommonOptions.Team();
        var file = new Argument<FileInfo>("file") { Description = "a GeoJSON FeatureCollection (.geojson, .json) or CSV (.csv) of venues" };
        var command = new Command("import", "Create every venue of a file, or none when any is wrong.") { team, file };
        command.SetAction((parsed, cancellationToken) => context.RunAsync(parsed, team, async (client, teamId) =>
        {
            var source = parsed.GetValue(file)!;
            var mediaType = source.Extension.ToLowerInvariant() switch
            {
                ".geojson" or ".json" => VenueMediaTypes.GeoJson,
                ".csv" => VenueMediaTypes.Csv,
                _ => throw new CliException($"cannot tell the format of {source.Name}: name it .geojson, .json or .csv"),
            };
            await using var content = source.OpenRead();
            context.Write(parsed, await client.ImportVenuesAsync(teamId, content, mediaType, cancellationToken),
                (result, writer) => writer.WriteLine($"Imported {result.Imported} venues"));
        }));
        return command;
    }

    private static Command Export(CliContext context)
    {
        var team = CommonOptions.Team();
        var output = new Option<FileInfo?>("--out") { Description = "write the GeoJSON to this file rather than to the terminal" };
        var command = new Command("export", "Every venue of the team as a GeoJSON FeatureCollection, ready to import again.") { team, output };
        command.SetAction((parsed, cancellationToken) => context.RunAsync(parsed, team, async (client, teamId) =>
            await context.WriteTextAsync(parsed.GetValue(output), await client.ExportVenuesAsync(teamId, cancellationToken), $"the venues of {teamId}", cancellationToken)));
        return command;
    }
}
