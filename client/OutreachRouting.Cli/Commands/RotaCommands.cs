using OutreachRouting.Contracts.Rotas;

namespace OutreachRouting.Cli.Commands;

/// <summary>`outreach rota plan|cancel|status|show|edit|publish|replan|map|input`: a team's weekly rota.</summary>
public static class RotaCommands
{
    public static Command Build(CliContext context) => new("rota", "The team's weekly rota: plan a draft, edit it, publish it, re-plan after a change.")
    {
        Plan(context),
        Cancel(context),
        Status(context),
        Show(context),
        Edit(context),
        Publish(context),
        Replan(context),
        Map(context),
        Input(context),
    };

    private static Command Plan(CliContext context)
    {
        var (team, week) = (CommonOptions.Team(), Week());
        var seconds = new Option<double>("--seconds") { Description = "how long to plan, at most 300", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "the same seed plans the same registers alike", DefaultValueFactory = _ => 1 };
        var wait = Wait();
        var command = new Command("plan", "Plan the week's draft from the registers as they are now.") { team, week, seconds, seed, wait };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
        {
            var weekId = WeekOf(parsed, week);
            var status = await client.PlanRotaAsync(teamId, weekId, new PlanRequest(parsed.GetValue(seconds), parsed.GetValue(seed)), ct);
            await ReportAsync(context, parsed, client, status, parsed.GetValue(wait), ct);
        }));
        return command;
    }

    private static Command Cancel(CliContext context) => StatusCommand(context, "cancel",
        "Cancel the week's queued or running plan (or re-plan); the draft stays as it was.",
        (client, team, week, ct) => client.CancelPlanningAsync(team, week, ct));

    private static Command Status(CliContext context) => StatusCommand(context, "status",
        "Whether a plan is queued or runs, for how long, its best objective so far, and who still awaits the published rota.",
        (client, team, week, ct) => client.GetRotaStatusAsync(team, week, ct));

    /// <summary>A command that asks the API one thing about the week's planning and prints the status it answers.</summary>
    private static Command StatusCommand(CliContext context, string name, string description,
        Func<OutreachClient, string, string, CancellationToken, Task<PlanningStatus>> ask)
    {
        var (team, week) = (CommonOptions.Team(), Week());
        var command = new Command(name, description) { team, week };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
            context.Write(parsed, await ask(client, teamId, WeekOf(parsed, week), ct), RotaViews.Status)));
        return command;
    }

    private static Command Show(CliContext context)
    {
        var (team, week) = (CommonOptions.Team(), Week());
        var draft = new Option<bool>("--draft") { Description = "the draft rather than the published rota (managers)" };
        var command = new Command("show", "The published rota (a worker sees their own shifts), or the draft: shifts, stops, what was left out and why.") { team, week, draft };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
        {
            var weekId = WeekOf(parsed, week);
            context.Write(parsed, parsed.GetValue(draft) ? await client.GetDraftRotaAsync(teamId, weekId, ct) : await client.GetRotaAsync(teamId, weekId, ct), RotaViews.Rota);
        }));
        return command;
    }

    private static Command Edit(CliContext context)
    {
        var (team, week) = (CommonOptions.Team(), Week());
        var kind = new Argument<string>("kind") { Description = "pin (to a worker and day, kept by re-plans), move, add (a visit not due) or remove" };
        kind.AcceptOnlyFromAmong([.. WireNames.All<RotaEditKind>()]);
        var venue = new Argument<string>("venue") { Description = "the venue's id" };
        var visit = new Option<int>("--visit") { Description = "which of the venue's visits this week", DefaultValueFactory = _ => 1 };
        var worker = new Option<string?>("--worker") { Description = "the worker to give the visit to (pin, move, add)" };
        var day = CommonOptions.Choice<DayOfWeek>("--day", "the day to make the visit on (pin, move, add)");
        var force = new Option<bool>("--override") { Description = "keep the edit even if it breaks hard rules; the breaches are recorded with the rota" };
        var revision = Revision();
        var command = new Command("edit", "Change the draft; an edit that breaks a hard rule is refused, naming each, unless --override.")
        {
            team, week, kind, venue, visit, worker, day, force, revision,
        };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
        {
            var weekId = WeekOf(parsed, week);
            var edit = new RotaEdit(WireNames.Parse<RotaEditKind>(parsed.GetValue(kind)!), parsed.GetValue(venue)!, parsed.GetValue(visit),
                parsed.GetValue(worker), parsed.Value<DayOfWeek>(day), parsed.GetValue(force));
            var at = parsed.GetValue(revision) ?? (await client.GetDraftRotaAsync(teamId, weekId, ct)).Revision;
            context.Write(parsed, await client.EditDraftRotaAsync(teamId, weekId, at, edit, ct), RotaViews.Rota);
        }));
        return command;
    }

    private static Command Publish(CliContext context)
    {
        var (team, week, revision) = (CommonOptions.Team(), Week(), Revision());
        var command = new Command("publish", "Publish the draft as the next version; every worker in it receives their shifts.") { team, week, revision };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
        {
            var weekId = WeekOf(parsed, week);
            var at = parsed.GetValue(revision) ?? (await client.GetDraftRotaAsync(teamId, weekId, ct)).Revision;
            var published = await client.PublishRotaAsync(teamId, weekId, at, ct);
            context.Write(parsed, published, (rota, writer) =>
                writer.WriteLine($"Published {rota.Team} {rota.Week} as version {rota.Version}: {rota.Shifts.Count} shifts, {rota.Figures.PlacedVisits} of {rota.Figures.DueVisits} due visits"));
        }));
        return command;
    }

    private static Command Replan(CliContext context)
    {
        var (team, week) = (CommonOptions.Team(), Week());
        var from = new Option<DateOnly>("--from") { Description = "the first day to re-plan (yyyy-mm-dd); shifts before it stay as published", Required = true };
        var urgent = new Option<string[]>("--urgent") { Description = "a venue to visit this week whatever its interval says (repeatable)", AllowMultipleArgumentsPerToken = true };
        var seconds = new Option<double>("--seconds") { Description = "how long to re-plan, at most 300", DefaultValueFactory = _ => 2 };
        var seed = new Option<int>("--seed") { Description = "the same seed re-plans the same registers alike", DefaultValueFactory = _ => 1 };
        var wait = Wait();
        var command = new Command("replan", "Re-plan the published rota after a change in the registers (a worker off sick, a venue closed) or for urgent visits.")
        {
            team, week, from, urgent, seconds, seed, wait,
        };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
        {
            var request = new ReplanRequest(parsed.GetValue(from), parsed.GetValue(urgent) ?? [], parsed.GetValue(seconds), parsed.GetValue(seed));
            await ReportAsync(context, parsed, client, await client.ReplanRotaAsync(teamId, WeekOf(parsed, week), request, ct), parsed.GetValue(wait), ct);
        }));
        return command;
    }

    private static Command Map(CliContext context)
    {
        var (team, week, output) = (CommonOptions.Team(), Week(), Out("the GeoJSON"));
        var draft = new Option<bool>("--draft") { Description = "the draft rather than the published rota (managers)" };
        var command = new Command("map", "The rota as GeoJSON: each shift a LineString through its stops, each stop a Point.") { team, week, draft, output };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
        {
            var weekId = WeekOf(parsed, week);
            var geoJson = parsed.GetValue(draft) ? await client.GetDraftRotaGeoJsonAsync(teamId, weekId, ct) : await client.GetRotaGeoJsonAsync(teamId, weekId, ct);
            await context.WriteTextAsync(parsed.GetValue(output), geoJson, $"the rota map of {teamId} {weekId}", ct);
        }));
        return command;
    }

    private static Command Input(CliContext context)
    {
        var (team, week, output) = (CommonOptions.Team(), Week(), Out("the planning input"));
        var command = new Command("input", "The planner's input for the week as JSON, as the week benchmark reads it (--input).") { team, week, output };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
        {
            var weekId = WeekOf(parsed, week);
            await context.WriteTextAsync(parsed.GetValue(output), await client.ExportRotaInputAsync(teamId, weekId, ct), $"the planning input of {teamId} {weekId}", ct);
        }));
        return command;
    }

    private static Option<string?> Week() => CommonOptions.Week("next week");

    private static Option<int?> Revision() => new("--revision") { Description = "the draft revision you reviewed (default: the current one)" };

    private static Option<bool> Wait() => new("--wait") { Description = "wait until planning ends, then show the draft" };

    private static Option<FileInfo?> Out(string what) => new("--out") { Description = $"write {what} to this file rather than to the terminal" };

    private static string WeekOf(ParseResult parsed, Option<string?> option)
    {
        if (parsed.GetValue(option) is { } week)
        {
            return week.ToUpperInvariant();
        }

        return OutreachKeys.WeekOf(DateOnly.FromDateTime(DateTime.Today.AddDays(7)));
    }

    private static async Task ReportAsync(CliContext context, ParseResult parsed, OutreachClient client, PlanningStatus status, bool wait, CancellationToken ct)
    {
        if (!wait)
        {
            context.Write(parsed, status, RotaViews.Status);
            return;
        }

        var ended = await client.WaitForPlanningAsync(status.Team, status.Week, cancellationToken: ct);
        if (ended.State == PlanningState.Failed)
        {
            throw new CliException($"planning {status.Team} {status.Week} failed: {ended.Error}");
        }

        if (ended.State == PlanningState.Cancelled)
        {
            throw new CliException($"planning {status.Team} {status.Week} was cancelled; the draft is as it was");
        }

        context.Write(parsed, await client.GetDraftRotaAsync(status.Team, status.Week, ct), RotaViews.Rota);
    }
}
