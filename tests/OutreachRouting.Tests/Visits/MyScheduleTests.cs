using System.Net.Http.Json;
using OutreachRouting.Api.Identity;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Schedules;
using OutreachRouting.Tests.Api;

namespace OutreachRouting.Tests.Visits;

/// <summary>The worker's own day and week through the HTTP API, and the marks a re-published rota leaves until acknowledged.</summary>
public sealed class MyScheduleTests(VisitTeamFixture fixture) : IClassFixture<VisitTeamFixture>
{
    private const string Me = $"teams/{VisitTeamFixture.Team}/me";

    private ApiServer Server => fixture.Server;

    [PostgresFact]
    public async Task Today_shows_the_workers_shifts_in_order_with_what_each_stop_needs_and_the_restricted_route_only_to_its_pair()
    {
        // Bo and Cy walk the restricted night route as a pair, Thursday 22:00 to 01:00.
        var night = fixture.Shifts["bo"].Single(s => s.Stops.Any(t => t.VenueId == "route"));
        var thursday = London.Date(night.Start);
        fixture.Clock.MoveTo(London.Day(thursday).From.AddHours(7));
        using var bo = Server.WorkerClient(VisitTeamFixture.Team, "bo");

        var today = (await bo.GetFromJsonAsync<ScheduleView>($"{Me}/today", OutreachJson.Options))!;
        var expected = fixture.Shifts["bo"].Where(s => London.Date(s.Start) == thursday || London.Date(s.End.AddTicks(-1)) == thursday).ToList();
        Assert.Equal(expected.Select(s => s.ShiftId), today.Shifts.Select(s => s.ShiftId));
        Assert.Equal(London.Day(thursday), (today.From, today.To));
        Assert.False(today.Acknowledged);
        Assert.All(today.Shifts, s => Assert.Equal(ShiftChange.New, s.Change));

        var shift = today.Shifts.Single(s => s.ShiftId == night.ShiftId);
        Assert.Equal(("cy", "Cy"), (shift.Partner!.WorkerId, shift.Partner.DisplayName));
        Assert.Equal(("clinic", "Mortimer Market"), (shift.Base!.Id, shift.Base.Name));
        Assert.Equal(night.Stops.Select(s => s.StopId), shift.Stops.Select(s => s.StopId));
        Assert.Equal(night.Stops.Select(s => s.TravelMinutes), shift.Stops.Select(s => s.TravelMinutes));
        var route = shift.Stops.Single(s => s.Venue?.Id == "route").Venue!;
        Assert.Equal((VenueKind.StreetRoute, Sensitivity.Restricted, true), (route.Kind, route.Sensitivity, route.Needs!.PairRequired));
        Assert.Equal(new Contracts.Scheduling.WeeklyWindow(DayOfWeek.Thursday, new TimeOnly(22, 0), new TimeOnly(1, 0), EndsNextDay: true), route.AccessWindow);
        Assert.Equal(Samples.StreetRoute().Location, route.Location);

        // After midnight the night shift is still today's; someone not on it never sees where the route runs.
        fixture.Clock.MoveTo(night.End.AddMinutes(-30));
        Assert.Contains(night.ShiftId, (await bo.GetFromJsonAsync<ScheduleView>($"{Me}/today", OutreachJson.Options))!.Shifts.Select(s => s.ShiftId));
        using var ana = Server.WorkerClient(VisitTeamFixture.Team, "ana");
        var anasWeek = (await ana.GetFromJsonAsync<ScheduleView>($"{Me}/week?week={fixture.Week}", OutreachJson.Options))!;
        Assert.DoesNotContain(anasWeek.Shifts.SelectMany(s => s.Stops), s => s.Venue?.Id == "route");
        Assert.Null((await ana.GetFromJsonAsync<VenueSnapshot>($"teams/{VisitTeamFixture.Team}/venues/route", OutreachJson.Options))!.Definition.Location);
    }

    [PostgresFact]
    public async Task A_republished_rota_is_marked_until_the_worker_acknowledges_its_newest_version()
    {
        // Someone with a shift of two visits or more, not Bo (whose day the other test reads as first published).
        var (worker, shift) = fixture.Shifts.Where(w => w.Key != "bo")
            .SelectMany(w => w.Value.Where(s => s.PartnerWorkerId != "bo" && s.Stops.Count(t => t.Kind == RotaStopKind.Visit) > 1).Select(s => (w.Key, Shift: s)))
            .First();
        using var phone = Server.WorkerClient(VisitTeamFixture.Team, worker);
        var week = (await phone.GetFromJsonAsync<ScheduleView>($"{Me}/week?week={fixture.Week}", OutreachJson.Options))!;
        Assert.Equal(fixture.Shifts[worker].Select(s => s.ShiftId), week.Shifts.Select(s => s.ShiftId));
        var version = week.Weeks.Single(w => w.Week == fixture.Week).Version;

        var acknowledged = await phone.PostAsJsonAsync($"{Me}/acknowledge", new Acknowledgement(fixture.Week, version), OutreachJson.Options);
        Assert.True(acknowledged.IsSuccessStatusCode, await acknowledged.Content.ReadAsStringAsync());
        Assert.Equal(new RotaWeekStatus(fixture.Week, version, version), await acknowledged.Content.ReadFromJsonAsync<RotaWeekStatus>(OutreachJson.Options));
        var seen = (await phone.GetFromJsonAsync<ScheduleView>($"{Me}/week?week={fixture.Week}", OutreachJson.Options))!;
        Assert.True(seen.Acknowledged);
        Assert.All(seen.Shifts, s => Assert.Equal(ShiftChange.Unchanged, s.Change));

        // The manager takes one of the visits out and publishes again: that shift is marked, the visit listed as removed.
        var taken = shift.Stops.First(t => t.Kind == RotaStopKind.Visit);
        var planner = Server.Grains.GetGrain<IPlannerGrain>(OutreachKeys.ForWeek(VisitTeamFixture.Team, fixture.Week));
        var edited = await planner.EditAsync((await planner.GetDraftAsync()).Revision, new RotaEdit(RotaEditKind.Remove, taken.VenueId!, taken.Visit), "manager");
        await planner.PublishAsync(edited.Revision, "manager");

        var marked = (await phone.GetFromJsonAsync<ScheduleView>($"{Me}/week?week={fixture.Week}", OutreachJson.Options))!;
        Assert.False(marked.Acknowledged);
        Assert.Equal(new RotaWeekStatus(fixture.Week, version + 1, version), marked.Weeks.Single());
        var changed = marked.Shifts.Single(s => s.ShiftId == shift.ShiftId);
        Assert.Equal(ShiftChange.Changed, changed.Change);
        Assert.Equal([taken.StopId], changed.RemovedStops.Select(s => s.StopId));
        Assert.DoesNotContain(changed.Stops, s => s.StopId == taken.StopId);

        // Acknowledging what was read before the re-publish is refused; the newest clears the marks.
        Assert.Equal(HttpStatusCode.Conflict, (await phone.PostAsJsonAsync($"{Me}/acknowledge", new Acknowledgement(fixture.Week, version), OutreachJson.Options)).StatusCode);
        Assert.Equal(["version"], await (await phone.PostAsJsonAsync($"{Me}/acknowledge", new Acknowledgement(fixture.Week, version + 5), OutreachJson.Options)).ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await phone.PostAsJsonAsync($"{Me}/acknowledge", new Acknowledgement("2030-W01", 1), OutreachJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.PostAsJsonAsync($"{Me}/acknowledge", new Acknowledgement(fixture.Week, version + 1), OutreachJson.Options)).StatusCode);
        var cleared = (await phone.GetFromJsonAsync<ScheduleView>($"{Me}/week?week={fixture.Week}", OutreachJson.Options))!;
        Assert.True(cleared.Acknowledged);
        Assert.All(cleared.Shifts, s => Assert.Equal(ShiftChange.Unchanged, s.Change));
    }

    [PostgresFact]
    public async Task Only_a_worker_of_the_team_signed_in_as_themselves_reads_a_day_and_a_bad_week_names_the_field()
    {
        using var phone = Server.WorkerClient(VisitTeamFixture.Team, "di");
        Assert.Equal(["week"], await (await phone.GetAsync($"{Me}/week?week=2026-W60")).ProblemFieldsAsync());
        Assert.Equal(["week"], await (await phone.GetAsync($"{Me}/week?week=next")).ProblemFieldsAsync());

        using var manager = Server.Client(OutreachRoles.Manager, VisitTeamFixture.Team);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"{Me}/today")).StatusCode);
        using var analyst = Server.Client(OutreachRoles.Consumer, VisitTeamFixture.Team);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync($"{Me}/today")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync("teams/other-team/me/today")).StatusCode);
        using var stranger = Server.WorkerClient(VisitTeamFixture.Team, "nobody");
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync($"{Me}/today")).StatusCode);
        using var anonymous = Server.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{Me}/today")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"{Me}/acknowledge", new Acknowledgement(fixture.Week, 1), OutreachJson.Options)).StatusCode);
    }
}
