using OutreachRouting.Api.Identity;
using OutreachRouting.Cli;
using OutreachRouting.Contracts.Rotas;

namespace OutreachRouting.Tests.Client;

[Collection(DemoApiCollection.Name)]
public sealed class RotaCliTests(DemoApiFixture api) : IDisposable
{
    private const string Week = "2027-W04";
    private readonly CliRunner cli = new();

    [PostgresFact]
    public async Task A_manager_plans_edits_publishes_and_maps_a_week_from_the_terminal()
    {
        await cli.RunAsync("login", "--api", api.Server.Address.AbsoluteUri, "--token", api.Server.Token(OutreachRoles.Manager, ["clash"]));

        var plan = await cli.RunAsync("rota", "plan", "--week", Week, "--seconds", "1.5", "--wait");
        Assert.Equal(0, plan.ExitCode);
        Assert.Matches($@"(?m)^Draft rota clash {Week}, revision 1$", plan.Out);
        Assert.Matches(@"(?m)^\d+ of \d+ due visits placed; priority-weighted coverage", plan.Out);
        Assert.Matches(@"(?m)^WORKER\s+HOURS\s+CONTRACTED\s+SHIFTS\s+NIGHTS$", plan.Out);

        var status = await cli.RunAsync("rota", "status", "--week", Week);
        Assert.Matches(@"(?m)^planning\s+done$", status.Out);

        // A visit moved to a Sunday night its worker does not work breaks availability: refused, naming the rule.
        var draft = JsonNode.Parse((await cli.RunAsync("rota", "show", "--draft", "--week", Week, "--json")).Out)!;
        var shift = draft["shifts"]!.AsArray().First(s => s!["stops"]!.AsArray().Any(t => (string?)t!["kind"] == "visit"))!;
        var stop = shift["stops"]!.AsArray().First(t => (string?)t!["kind"] == "visit")!;
        var args = new[] { "rota", "edit", "move", (string)stop["venueId"]!, "--visit", $"{(int)stop["visit"]!}", "--worker", (string)shift["workerIds"]![0]!, "--day", "sunday", "--week", Week };
        var refused = await cli.RunAsync(args);
        Assert.Equal(CliApp.Failed, refused.ExitCode);
        Assert.StartsWith("outreach: 422", refused.Error, StringComparison.Ordinal);
        var kept = await cli.RunAsync([.. args, "--override"]);
        Assert.Equal(0, kept.ExitCode);
        Assert.Matches($@"(?m)^Draft rota clash {Week}, revision 2$", kept.Out);
        Assert.Contains("Kept by test-manager against the rules: move", kept.Out, StringComparison.Ordinal);

        var publish = await cli.RunAsync("rota", "publish", "--week", Week);
        Assert.Matches($@"^Published clash {Week} as version 1: \d+ shifts", publish.Out);
        Assert.Matches($@"(?m)^Rota clash {Week}, published version 1$", (await cli.RunAsync("rota", "show", "--week", Week)).Out);

        var map = Path.Combine(cli.Folder, "rota.geojson");
        Assert.Equal(0, (await cli.RunAsync("rota", "map", "--week", Week, "--out", map)).ExitCode);
        Assert.Equal("FeatureCollection", (string?)JsonNode.Parse(File.ReadAllText(map))!["type"]);
        var input = Path.Combine(cli.Folder, "input.json");
        Assert.Equal(0, (await cli.RunAsync("rota", "input", "--week", Week, "--out", input)).ExitCode);
        Assert.Equal(Week, (string?)JsonNode.Parse(File.ReadAllText(input))!["week"]);
    }

    [PostgresFact]
    public async Task A_manager_cancels_a_plan_from_the_terminal_and_the_one_waiting_for_it_hears_so()
    {
        const string week = "2027-W07";
        await cli.RunAsync("login", "--api", api.Server.Address.AbsoluteUri, "--token", api.Server.Token(OutreachRoles.Manager, ["clash"]));
        var waiting = cli.RunAsync("rota", "plan", "--week", week, "--seconds", "300", "--wait");
        using var manager = api.Manager();
        for (var polls = 0; polls < 600 && (await manager.GetRotaStatusAsync("clash", week)).State != PlanningState.Planning; polls++)
        {
            await Task.Delay(50);
        }

        var cancel = await cli.RunAsync("rota", "cancel", "--week", week);

        Assert.Equal(0, cancel.ExitCode);
        Assert.Matches(@"(?m)^planning\s+cancelled$", cancel.Out);
        Assert.Matches(@"(?m)^draft revision\s+none$", cancel.Out);
        var waited = await waiting;
        Assert.Equal(CliApp.Failed, waited.ExitCode);
        Assert.Contains($"planning clash {week} was cancelled", waited.Error, StringComparison.Ordinal);
        var again = await cli.RunAsync("rota", "cancel", "--week", week);
        Assert.Equal(CliApp.Failed, again.ExitCode);
        Assert.StartsWith("outreach: 409", again.Error, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_week_that_is_not_an_ISO_week_is_a_usage_error()
    {
        var run = await cli.RunAsync("rota", "show", "--week", "2027-13", "--team", "clash");

        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.Contains("must be an ISO week such as", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => cli.Dispose();
}
