using OutreachRouting.Api.Identity;
using OutreachRouting.Cli;
using OutreachRouting.Tests.Client;

namespace OutreachRouting.Tests.Visits;

/// <summary>`outreach visit` and `outreach venue-reports` as a worker and a manager use them.</summary>
public sealed class VisitCliTests(VisitTeamFixture fixture) : IClassFixture<VisitTeamFixture>, IDisposable
{
    private readonly CliRunner worker = new();
    private readonly CliRunner manager = new();

    [PostgresFact]
    public async Task A_worker_records_a_stop_from_the_terminal_and_a_manager_corrects_it()
    {
        var (workerId, _, stop) = fixture.TakeStop();
        fixture.Clock.MoveTo(stop.Start!.Value.AddMinutes(20));
        var api = fixture.Server.Address.AbsoluteUri;
        await worker.RunAsync("login", "--api", api, "--team", VisitTeamFixture.Team, "--token", fixture.Server.Token(OutreachRoles.Worker, [VisitTeamFixture.Team], workerId));
        await manager.RunAsync("login", "--api", api, "--team", VisitTeamFixture.Team, "--token", fixture.Server.Token(OutreachRoles.Manager, [VisitTeamFixture.Team]));

        Assert.Equal(CliApp.Usage, (await worker.RunAsync("visit", "record", stop.StopId!, "--new-position", "north")).ExitCode);
        var negative = await worker.RunAsync("visit", "record", stop.StopId!, "--contacts", "-1");
        Assert.Equal(CliApp.Failed, negative.ExitCode);
        Assert.Contains("counts.contacts", negative.Error, StringComparison.Ordinal);

        string[] record = ["visit", "record", stop.StopId!, "--contacts", "3", "--new", "1", "--condoms", "5", "--refer-clinic", "1", "--json"];
        var first = await worker.RunAsync(record);
        Assert.Equal(0, first.ExitCode);
        var id = (string)JsonNode.Parse(first.Out)!["id"]!;

        // Run again (the signal dropped, say): the same record, not a second one.
        var again = await worker.RunAsync(record);
        Assert.Equal(id, (string)JsonNode.Parse(again.Out)!["id"]!);

        var list = await manager.RunAsync("visit", "list", "--venue", stop.VenueId!);
        Assert.Matches($@"(?m)^\S.*{System.Text.RegularExpressions.Regex.Escape(stop.StopId!)}\s+visited\s+3\s+1\s+{workerId}\s+{id}", list.Out);
        Assert.Contains("1-1 of 1", list.Out, StringComparison.Ordinal);
        Assert.Equal(CliApp.Usage, (await manager.RunAsync("visit", "list", "--from", "yesterday")).ExitCode);

        var corrected = await manager.RunAsync("visit", "correct", id, "--contacts", "4");
        Assert.Equal(0, corrected.ExitCode);
        Assert.Matches(@"(?m)^record\s+\S+ \(version 2\)$", corrected.Out);
        Assert.Matches(@"(?m)^contacts\s+4 \(1 new\)$", corrected.Out);
        Assert.Matches(@"(?m)^handed out\s+5 condom packs", corrected.Out);

        var history = await manager.RunAsync("visit", "show", id);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(history.Out, "(?m)^record ").Count);
        Assert.Equal(CliApp.Failed, (await worker.RunAsync("visit", "show", id)).ExitCode);
    }

    public void Dispose()
    {
        worker.Dispose();
        manager.Dispose();
    }
}
