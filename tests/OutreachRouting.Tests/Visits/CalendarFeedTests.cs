using System.Net.Http.Json;
using Ical.Net;
using OutreachRouting.Api.Identity;
using OutreachRouting.Cli;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Schedules;
using OutreachRouting.Tests.Client;
using Calendar = Ical.Net.Calendar;

namespace OutreachRouting.Tests.Visits;

/// <summary>A worker's calendar link and the iCalendar feed behind it, read as a phone's calendar would: no token, only the link.</summary>
public sealed class CalendarFeedTests(VisitTeamFixture fixture) : IClassFixture<VisitTeamFixture>
{
    private const string Link = $"teams/{VisitTeamFixture.Team}/me/calendar";

    private ApiServer Server => fixture.Server;

    [PostgresFact]
    public async Task The_feed_holds_the_workers_published_shifts_in_London_time_and_never_a_position_or_a_restricted_venues_name()
    {
        using var bo = Server.WorkerClient(VisitTeamFixture.Team, "bo");
        var link = (await bo.GetFromJsonAsync<CalendarLink>(Link, OutreachJson.Options))!;
        Assert.Equal((true, 1), (link.Active, link.Generation));
        Assert.Equal(link, await bo.GetFromJsonAsync<CalendarLink>(Link, OutreachJson.Options));

        using var phone = Server.Client();
        using var response = await phone.GetAsync(link.Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.NoStore);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;

        // As the worker holds them now: another test of the class may have re-published the week.
        var shifts = (await Server.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For(VisitTeamFixture.Team, "bo")).GetAsync())!.Assignments;
        Assert.Equal(shifts.Count, calendar.Events.Count);
        foreach (var shift in shifts)
        {
            var shiftEvent = Assert.Single(calendar.Events, e => e.Uid!.StartsWith($"{fixture.Week}.{shift.ShiftId}.bo@", StringComparison.Ordinal));
            // To the minute: the start down to it, the end up, so the calendar holds the whole shift.
            var (start, end) = (shiftEvent.DtStart!.AsUtc, shiftEvent.DtEnd!.AsUtc);
            Assert.Equal(("Europe/London", 0, 0), (shiftEvent.DtStart.TzId, start.Second, end.Second));
            Assert.InRange(shift.Start - start, TimeSpan.Zero, TimeSpan.FromSeconds(59.999));
            Assert.InRange(end - shift.End, TimeSpan.Zero, TimeSpan.FromSeconds(59.999));
            Assert.Equal((EventStatus.Confirmed, RotaVersions.Number(shift.RotaVersion)), (shiftEvent.Status, shiftEvent.Sequence));
            Assert.Equal(shift.Stops.Count + 1, shiftEvent.Description!.Split('\n').Length);
        }

        Assert.Contains("Europe/London", calendar.TimeZones.Select(z => z.TzId));
        var night = calendar.Events.Single(e => e.Uid!.Contains(shifts.Single(s => s.Stops.Any(t => t.VenueId == "route")).ShiftId, StringComparison.Ordinal));
        Assert.Equal("Outreach: 1 stop, with Cy", night.Summary);
        Assert.Contains("a street route (restricted: see the OutreachRouting app)", night.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(Samples.StreetRoute().Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain("GEO", text, StringComparison.Ordinal);
        Assert.DoesNotContain("51.5", text, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_republished_rota_updates_the_event_in_place_and_cancels_a_shift_taken_away()
    {
        var (worker, taken) = fixture.Shifts.Where(w => w.Key is not ("bo" or "cy"))
            .SelectMany(w => w.Value.Where(s => s.PartnerWorkerId is null).Select(s => (w.Key, Shift: s))).First();
        using var mine = Server.WorkerClient(VisitTeamFixture.Team, worker);
        var url = (await mine.GetFromJsonAsync<CalendarLink>(Link, OutreachJson.Options))!.Url;
        using var phone = Server.Client();
        var before = Calendar.Load(await phone.GetStringAsync(url))!.Events.ToDictionary(e => e.Uid!);

        // The manager takes every visit of one shift away and publishes again.
        var planner = Server.Grains.GetGrain<IPlannerGrain>(OutreachKeys.ForWeek(VisitTeamFixture.Team, fixture.Week));
        var revision = (await planner.GetDraftAsync()).Revision;
        foreach (var stop in taken.Stops.Where(t => t.Kind == RotaStopKind.Visit))
            revision = (await planner.EditAsync(revision, new RotaEdit(RotaEditKind.Remove, stop.VenueId!, stop.Visit), "manager")).Revision;
        await planner.PublishAsync(revision, "manager");

        var version = before.Values.Max(e => e.Sequence) + 1;
        var after = Calendar.Load(await phone.GetStringAsync(url))!.Events.ToDictionary(e => e.Uid!);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var cancelled = after.Single(e => e.Key.Contains(taken.ShiftId, StringComparison.Ordinal)).Value;
        Assert.Equal((EventStatus.Cancelled, version), (cancelled.Status, cancelled.Sequence));
        Assert.Equal(before[cancelled.Uid!].DtStart!.AsUtc, cancelled.DtStart!.AsUtc);
        Assert.All(after.Values.Where(e => e != cancelled), e => Assert.Equal((EventStatus.Confirmed, version), (e.Status, e.Sequence)));
    }

    [PostgresFact]
    public async Task Only_the_current_link_of_a_worker_still_on_the_team_opens_a_feed()
    {
        using var cy = Server.WorkerClient(VisitTeamFixture.Team, "cy");
        using var phone = Server.Client();
        var first = (await cy.GetFromJsonAsync<CalendarLink>(Link, OutreachJson.Options))!;
        var rotated = await (await cy.PostAsync($"{Link}/rotate", null)).Content.ReadFromJsonAsync<CalendarLink>(OutreachJson.Options);
        Assert.Equal((true, 2), (rotated!.Active, rotated.Generation));
        Assert.NotEqual(first.Url, rotated.Url);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync(first.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(rotated.Url)).StatusCode);

        var revoked = await (await cy.DeleteAsync(Link)).Content.ReadFromJsonAsync<CalendarLink>(OutreachJson.Options);
        Assert.Equal((null, false, 2), (revoked!.Url, revoked.Active, revoked.Generation));
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync(rotated.Url)).StatusCode);
        Assert.Equal(revoked, await cy.GetFromJsonAsync<CalendarLink>(Link, OutreachJson.Options));

        // Garbage, a well-formed secret no one was given, and one worker's secret under another's name all open nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync("calendar/not-a-secret.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync($"calendar/{new string('A', 43)}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync($"calendar/{new string('A', 43)}%2F..%2F.ics")).StatusCode);

        // Someone who leaves the team takes their shifts' feed with them.
        var leaver = Server.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For(VisitTeamFixture.Team, "eve"));
        await leaver.CreateAsync(Samples.Worker("Eve") with { BaseVenueId = "clinic" });
        using (var eve = Server.WorkerClient(VisitTeamFixture.Team, "eve"))
        {
            var url = (await eve.GetFromJsonAsync<CalendarLink>(Link, OutreachJson.Options))!.Url;
            Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(url)).StatusCode);
            await leaver.CloseAsync(1);
            Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync(url)).StatusCode);
        }

        using var manager = Server.Client(OutreachRoles.Manager, VisitTeamFixture.Team);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync(Link)).StatusCode);
        using var analyst = Server.Client(OutreachRoles.Consumer, VisitTeamFixture.Team);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync($"{Link}/rotate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cy.GetAsync("teams/other-team/me/calendar")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync(Link)).StatusCode);
    }

    [PostgresFact]
    public async Task A_link_made_under_an_earlier_key_is_replaced_on_asking_not_shown_dead()
    {
        using var di = Server.WorkerClient(VisitTeamFixture.Team, "di");
        var current = (await di.GetFromJsonAsync<CalendarLink>(Link, OutreachJson.Options))!;
        // What a change of Calendar:Key leaves behind: the stored hash is of a secret this key does not make.
        await Server.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For(VisitTeamFixture.Team, "di")).OpenCalendarAsync(current.Generation + 1, new string('0', 64));

        var renewed = (await di.GetFromJsonAsync<CalendarLink>(Link, OutreachJson.Options))!;
        Assert.Equal(current.Generation + 2, renewed.Generation);
        using var phone = Server.Client();
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(renewed.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync(current.Url)).StatusCode);
    }

    [PostgresFact]
    public async Task A_worker_shows_rotates_and_revokes_their_link_from_the_terminal()
    {
        await Server.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For(VisitTeamFixture.Team, "fay")).CreateAsync(Samples.Worker("Fay") with { BaseVenueId = "clinic" });
        using var cli = new CliRunner();
        await cli.RunAsync("login", "--api", Server.Address.AbsoluteUri, "--team", VisitTeamFixture.Team,
            "--token", Server.Token(OutreachRoles.Worker, [VisitTeamFixture.Team], "fay"));

        var link = await cli.RunAsync("calendar", "link");
        Assert.Equal(0, link.ExitCode);
        var url = Assert.Single(link.Out.Split('\n'), l => l.StartsWith(Server.Address.AbsoluteUri + "calendar/", StringComparison.Ordinal)).Trim();
        var rotated = await cli.RunAsync("calendar", "rotate", "--json");
        var newUrl = (string)JsonNode.Parse(rotated.Out)!["url"]!;
        Assert.NotEqual(url, newUrl);
        using var phone = Server.Client();
        Calendar.Load(await phone.GetStringAsync(newUrl));
        Assert.Contains("outreach calendar rotate", (await cli.RunAsync("calendar", "revoke")).Out, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync(newUrl)).StatusCode);

        using var analystCli = new CliRunner();
        await analystCli.RunAsync("login", "--api", Server.Address.AbsoluteUri, "--team", VisitTeamFixture.Team,
            "--token", Server.Token(OutreachRoles.Consumer, [VisitTeamFixture.Team]));
        var refused = await analystCli.RunAsync("calendar", "link");
        Assert.Equal(CliApp.Failed, refused.ExitCode);
        Assert.NotEmpty(refused.Error);
    }
}
