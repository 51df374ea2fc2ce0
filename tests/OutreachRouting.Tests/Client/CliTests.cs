using System.Text.Json;
using OutreachRouting.Api.Identity;
using OutreachRouting.Cli;
using OutreachRouting.Contracts.Directory;

namespace OutreachRouting.Tests.Client;

[Collection(DemoApiCollection.Name)]
public sealed class CliTests(DemoApiFixture api) : IDisposable
{
    private readonly CliRunner cli = new();

    [PostgresFact]
    public async Task Login_saves_the_settings_for_the_tokens_team_readable_only_by_its_owner()
    {
        var login = await LoginAsync();

        Assert.Equal(0, login.ExitCode);
        Assert.Contains("team clash", login.Out, StringComparison.Ordinal);
        var saved = JsonNode.Parse(File.ReadAllText(cli.ConfigPath))!;
        Assert.Equal(("clash", api.Server.Address.AbsoluteUri), ((string?)saved["team"], (string?)saved["api"]));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cli.ConfigPath));
        }

        Assert.Equal(0, (await cli.RunAsync("logout")).ExitCode);
        Assert.False(File.Exists(cli.ConfigPath));
    }

    [PostgresFact]
    public async Task Login_refuses_a_token_the_API_does_not_accept()
    {
        var login = await cli.RunAsync("login", "--api", api.Server.Address.AbsoluteUri, "--token", "not-a-token", "--team", "clash");

        Assert.Equal(CliApp.Failed, login.ExitCode);
        Assert.StartsWith("outreach: 401", login.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.ConfigPath));
    }

    [PostgresFact]
    public async Task Venues_list_and_show_print_tables_and_JSON()
    {
        await LoginAsync();

        var list = await cli.RunAsync("venues", "list", "--borough", "Camden", "--kind", "bar", "--take", "500");
        Assert.Equal(0, list.ExitCode);
        Assert.Matches(@"(?m)^ID\s+NAME\s+KIND\s+BOROUGH\s+STATUS\s+PRIORITY\s+LAST VISIT\s+OVERDUE$", list.Out);
        Assert.Matches(@"(?m)^cam-bar-001\s+The Brass Kettle\s+bar\s+Camden\s+active\s+3\s", list.Out);

        var show = await cli.RunAsync("venues", "show", "cam-bar-001");
        Assert.Equal(0, show.ExitCode);
        Assert.Matches(@"(?m)^windows\s+Wed 18:00-23:00; Thu 22:00-03:00\+1; Sat 22:00-03:00\+1$", show.Out);
        Assert.Matches(@"(?m)^name\s+The Brass Kettle$", show.Out);

        var json = await cli.RunAsync("venues", "list", "--json", "--borough", "Camden", "--take", "500");
        var page = JsonSerializer.Deserialize<Page<VenueListItem>>(json.Out, OutreachJson.Options)!;
        Assert.Contains(page.Items, v => v.Id == "cam-bar-001");
        Assert.All(page.Items, v => Assert.Equal("Camden", v.Borough));
    }

    [PostgresFact]
    public async Task A_worker_is_shown_a_restricted_venue_as_withheld()
    {
        cli.Environment["OUTREACH_API"] = api.Server.Address.AbsoluteUri;
        cli.Environment["OUTREACH_TOKEN"] = api.Server.Token(OutreachRoles.Worker, ["clash"]);
        cli.Environment["OUTREACH_TEAM"] = "clash";

        var show = await cli.RunAsync("venues", "show", "cam-flat-001");

        Assert.Equal(0, show.ExitCode);
        Assert.Matches(@"(?m)^location\s+withheld$", show.Out);
    }

    [PostgresFact]
    public async Task Venues_import_from_GeoJSON_and_CSV_files_and_export_to_a_file()
    {
        await LoginAsync();
        var bar = TestIds.New("bar");
        var club = TestIds.New("club");

        var geoJson = await cli.RunAsync("venues", "import", cli.WriteFile("bars.geojson", VenueFiles.GeoJson(bar)));
        var csv = await cli.RunAsync("venues", "import", cli.WriteFile("clubs.csv", VenueFiles.Csv(club)));
        Assert.Equal((0, "Imported 1 venues"), (geoJson.ExitCode, geoJson.Out.Trim()));
        Assert.Equal((0, "Imported 1 venues"), (csv.ExitCode, csv.Out.Trim()));

        var target = Path.Combine(cli.Folder, "export.geojson");
        var export = await cli.RunAsync("venues", "export", "--out", target);
        Assert.Equal(0, export.ExitCode);
        var ids = JsonNode.Parse(File.ReadAllText(target))!["features"]!.AsArray().Select(f => (string?)f!["id"]).ToList();
        Assert.Contains(bar, ids);
        Assert.Contains(club, ids);
        Assert.Contains("cam-bar-001", ids);
    }

    [PostgresFact]
    public async Task Workers_and_sessions_are_listed()
    {
        await LoginAsync();

        var workers = await cli.RunAsync("workers", "list", "--take", "500");
        Assert.Equal(0, workers.ExitCode);
        Assert.Matches(@"(?m)^ID\s+NAME\s+STATUS\s+SKILLS\s+LANGUAGES$", workers.Out);
        Assert.Matches(@"(?m)^mei-lin\s+Mei L\.\s+active\s+health-promotion, clinic-in-a-box-testing\s+english, mandarin, cantonese$", workers.Out);

        var sessions = await cli.RunAsync("sessions", "list", "--take", "500");
        Assert.Equal(0, sessions.ExitCode);
        Assert.Matches(@"(?m)^walk-in-tuesday\s+Walk-in clinic \(women only\)\s+walk-in-clinic\s+Tue 13:00-17:00\s+2\s+yes\s+active$", sessions.Out);
    }

    [PostgresFact]
    public async Task Without_signing_in_a_command_fails_with_a_plain_message()
    {
        var list = await cli.RunAsync("venues", "list");

        Assert.Equal((CliApp.Failed, "outreach: not signed in: run outreach login"), (list.ExitCode, list.Error.Trim()));
        Assert.Empty(list.Out);
    }

    [PostgresFact]
    public async Task An_unreachable_API_is_named()
    {
        cli.Environment["OUTREACH_API"] = $"http://127.0.0.1:{FreePort.Next()}/";
        cli.Environment["OUTREACH_TOKEN"] = "any";
        cli.Environment["OUTREACH_TEAM"] = "clash";

        var list = await cli.RunAsync("venues", "list");

        Assert.Equal(CliApp.Failed, list.ExitCode);
        Assert.StartsWith($"outreach: cannot reach the API at {cli.Environment["OUTREACH_API"]}", list.Error, StringComparison.Ordinal);
        Assert.Single(list.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("venues", "list", "--colour", "red")]
    [InlineData("venues", "list", "--kind", "pub")]
    [InlineData("venues", "show")]
    [InlineData("login", "--api", "not a url", "--token", "x")]
    public async Task A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var run = await cli.RunAsync(args);

        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.StartsWith("outreach: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [PostgresFact]
    public async Task A_bad_import_file_fails_naming_the_line_and_column()
    {
        await LoginAsync();

        var run = await cli.RunAsync("venues", "import", cli.WriteFile("bad.csv", VenueFiles.Csv(TestIds.New("club"), kind: "pub")));

        Assert.Equal(CliApp.Failed, run.ExitCode);
        Assert.StartsWith("outreach: 400 ", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 2.kind: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [PostgresFact]
    public async Task Another_team_is_not_found()
    {
        await LoginAsync();

        var run = await cli.RunAsync("venues", "list", "--team", "shoc");

        Assert.Equal(CliApp.Failed, run.ExitCode);
        Assert.Contains("not found", run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("shoc", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => cli.Dispose();

    /// <summary>Signs in as a clash manager; the token names the team, so no --team.</summary>
    private Task<CliResult> LoginAsync() =>
        cli.RunAsync("login", "--api", api.Server.Address.AbsoluteUri, "--token", api.Server.Token(OutreachRoles.Manager, ["clash"]));
}
