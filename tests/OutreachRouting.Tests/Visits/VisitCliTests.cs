using OutreachRouting.Api.Identity;
using OutreachRouting.Cli;
using OutreachRouting.Tests.Client;

namespace OutreachRouting.Tests.Visits;

/// <summary>`outreach today`, `week`, `visit` and `venue-reports` as a worker and a manager use them.</summary>
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

    [PostgresFact]
    public async Task A_worker_reads_their_day_and_week_and_acknowledges_them_from_the_terminal()
    {
        var (workerId, shift, stop) = fixture.TakeStop();
        fixture.Clock.MoveTo(shift.Start.AddHours(-1));
        var api = fixture.Server.Address.AbsoluteUri;
        await worker.RunAsync("login", "--api", api, "--team", VisitTeamFixture.Team, "--token", fixture.Server.Token(OutreachRoles.Worker, [VisitTeamFixture.Team], workerId));
        await manager.RunAsync("login", "--api", api, "--team", VisitTeamFixture.Team, "--token", fixture.Server.Token(OutreachRoles.Manager, [VisitTeamFixture.Team]));
        var venue = (await fixture.Server.Grains.GetGrain<IVenueGrain>(OutreachKeys.For(VisitTeamFixture.Team, stop.VenueId!)).GetAsync())!.Definition;

        var today = await worker.RunAsync("today");
        Assert.Equal(0, today.ExitCode);
        Assert.Contains($"{fixture.Week}: rota version 1, not yet acknowledged", today.Out, StringComparison.Ordinal);
        Assert.Matches($@"(?m)^\* new: .*{System.Text.RegularExpressions.Regex.Escape(shift.ShiftId)}\s+alone", today.Out);
        Assert.Matches($@"(?m)^\*\s+{System.Text.RegularExpressions.Regex.Escape(stop.StopId!)}\s.*{venue.Name} \({venue.Borough}\)\s+{WireNames.Of(venue.Kind)}\s", today.Out);

        Assert.Equal(CliApp.Usage, (await worker.RunAsync("week", "--week", "2026-W60")).ExitCode);
        var acknowledged = await worker.RunAsync("week", "--week", fixture.Week.ToLowerInvariant(), "--acknowledge");
        Assert.Equal(0, acknowledged.ExitCode);
        Assert.Contains($"{fixture.Week}: version 1 acknowledged.", acknowledged.Out, StringComparison.Ordinal);
        var week = await worker.RunAsync("week", "--week", fixture.Week, "--json");
        Assert.True((bool)JsonNode.Parse(week.Out)!["acknowledged"]!);
        Assert.Contains($"{fixture.Week}: rota version 1, acknowledged", (await worker.RunAsync("today")).Out, StringComparison.Ordinal);

        var refused = await manager.RunAsync("today");
        Assert.Equal(CliApp.Failed, refused.ExitCode);
        Assert.Contains("signed in as themselves", refused.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        worker.Dispose();
        manager.Dispose();
    }
}
