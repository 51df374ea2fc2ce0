using System.Net.Http.Json;
using System.Text.Json;
using OutreachRouting.Api.Identity;
using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Visits;
using OutreachRouting.Tests.Api;
using DueVisits = OutreachRouting.Rota.DueVisits;
using PlanningInput = OutreachRouting.Rota.PlanningInput;
using PlanningVenue = OutreachRouting.Rota.PlanningVenue;
using WeekClock = OutreachRouting.Rota.WeekClock;

namespace OutreachRouting.Tests.Visits;

/// <summary>Visit records through the HTTP API: who may record what and when, retries, corrections, and what follows from them.</summary>
public sealed class VisitRecordTests(VisitTeamFixture fixture) : IClassFixture<VisitTeamFixture>
{
    private const string Visits = $"teams/{VisitTeamFixture.Team}/visits";

    private static readonly VisitCounts Some = new(Contacts: 3, NewContacts: 1, CondomPacks: 4, TestsOffered: 2, TestsDone: 1);

    private ApiServer Server => fixture.Server;

    [PostgresFact]
    public async Task A_worker_records_their_own_stop_once_however_often_the_phone_retries()
    {
        var (worker, _, stop) = fixture.TakeStop();
        var stranger = RotaTestWorkers.Other(worker, fixture.Shifts, stop.StopId!);
        using var phone = Server.WorkerClient(VisitTeamFixture.Team, worker);
        using var manager = Server.Client(OutreachRoles.Manager, VisitTeamFixture.Team);
        fixture.Clock.MoveTo(stop.Start!.Value.AddMinutes(10));
        var report = new VisitReport(stop.StopId!, VisitOutcome.Visited, Some, new Referrals(Housing: 1));

        Assert.Equal(["Idempotency-Key"], await (await phone.PostAsync(Visits, Body(report))).ProblemFieldsAsync());
        using (var other = Server.WorkerClient(VisitTeamFixture.Team, stranger))
            Assert.Equal(["stopId"], await (await Post(other, report, "k1")).ProblemFieldsAsync());

        var created = await Post(phone, report, "k1");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var record = (await created.Content.ReadFromJsonAsync<VisitRecord>(OutreachJson.Options))!;
        Assert.EndsWith($"{Visits}/{record.Id}", created.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal((1, stop.VenueId, stop.Start, worker, false), (record.Version, record.VenueId, (DateTimeOffset?)record.VisitedAt, record.RecordedBy, record.Late));
        Assert.Equal([worker], record.WorkerIds);

        // The same retry answers the stored record; another body under the key, or another key for the stop, is refused.
        var again = await Post(phone, report, "k1");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(record.Id, (await again.Content.ReadFromJsonAsync<VisitRecord>(OutreachJson.Options))!.Id);
        Assert.Equal(HttpStatusCode.Conflict, (await Post(phone, report with { Counts = Some with { Contacts = 4 } }, "k1")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Post(phone, report, "k2")).StatusCode);

        var listed = (await manager.GetFromJsonAsync<Page<VisitRecord>>($"{Visits}?venue={stop.VenueId}", OutreachJson.Options))!;
        Assert.Equal(1, listed.Total);
        Assert.Equal(record.Id, listed.Items.Single().Id);

        // The venue's live state follows at once: last visit, rolling counts, who visited.
        var venue = (await manager.GetFromJsonAsync<VenueSnapshot>($"teams/{VisitTeamFixture.Team}/venues/{stop.VenueId}", OutreachJson.Options))!;
        Assert.Equal((stop.Start, 1, 3), (venue.Visits.LastVisitAt, venue.Visits.VisitsLast4Weeks, venue.Visits.ContactsLast4Weeks));
        Assert.Equal([worker], venue.Visits.Visitors.Select(v => v.WorkerId));
    }

    [PostgresFact]
    public async Task A_report_that_breaks_a_rule_is_refused_whole_naming_each_field()
    {
        var (worker, _, stop) = fixture.TakeStop();
        using var phone = Server.WorkerClient(VisitTeamFixture.Team, worker);
        using var manager = Server.Client(OutreachRoles.Manager, VisitTeamFixture.Team);
        fixture.Clock.MoveTo(stop.Start!.Value.AddMinutes(5));
        var report = new VisitReport(stop.StopId!, VisitOutcome.Visited, Some);

        Assert.Equal(
            ["counts.contacts", "counts.newContacts", "counts.testsDone", "referrals.clinic"],
            (await (await Post(phone, report with { Counts = new VisitCounts(Contacts: -1, NewContacts: 2, TestsOffered: 1, TestsDone: 2), Referrals = new Referrals(Clinic: 501) }, "bad")).ProblemFieldsAsync()).Order());
        Assert.Equal(["outcome"], await (await Post(phone, report with { Outcome = VisitOutcome.NobodyThere }, "bad2")).ProblemFieldsAsync());
        Assert.Equal(["newPosition"], await (await Post(phone, report with { NewPosition = new Position(-0.1, 51.5) }, "bad3")).ProblemFieldsAsync());

        // No field for free text exists, and one sent anyway is refused rather than dropped unseen.
        var withNotes = JsonSerializer.SerializeToNode(report, OutreachJson.Options)!.AsObject().With("notes", "met J., phone 07700 900123");
        using var request = new HttpRequestMessage(HttpMethod.Post, Visits) { Content = JsonBodies.Json(withNotes) };
        request.Headers.Add("Idempotency-Key", "notes");
        var refused = await phone.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        // Someone who has left the team records nothing: the token they still hold stops working.
        var leaver = Server.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For(VisitTeamFixture.Team, "leaver"));
        await leaver.CreateAsync(Samples.Worker("Lee") with { BaseVenueId = "clinic" });
        await leaver.CloseAsync(1);
        using (var left = Server.WorkerClient(VisitTeamFixture.Team, "leaver"))
            Assert.Equal(HttpStatusCode.Unauthorized, (await Post(left, report, "left")).StatusCode);

        Assert.Equal(0, (await manager.GetFromJsonAsync<Page<VisitRecord>>($"{Visits}?venue={stop.VenueId}", OutreachJson.Options))!.Total);
        Assert.Equal(HttpStatusCode.Created, (await Post(phone, report, "good")).StatusCode);
    }

    [PostgresFact]
    public async Task A_stop_is_recorded_from_its_start_to_the_end_of_the_next_day_and_late_after_its_shift()
    {
        var (worker, shift, stop) = fixture.TakeStop();
        using var phone = Server.WorkerClient(VisitTeamFixture.Team, worker);
        var report = new VisitReport(stop.StopId!, VisitOutcome.Visited, Some);
        var nextDayEnds = new DateTimeOffset(stop.Start!.Value.Date.AddDays(2), stop.Start.Value.Offset);

        fixture.Clock.MoveTo(stop.Start.Value.AddMinutes(-20));
        Assert.Equal(["stopId"], await (await Post(phone, report, "early")).ProblemFieldsAsync());
        fixture.Clock.MoveTo(nextDayEnds.AddMinutes(1));
        Assert.Equal(["stopId"], await (await Post(phone, report, "too-late")).ProblemFieldsAsync());

        fixture.Clock.MoveTo(shift.End.AddHours(1));
        var late = await Post(phone, report, "from-notes");
        Assert.Equal(HttpStatusCode.Created, late.StatusCode);
        Assert.True((await late.Content.ReadFromJsonAsync<VisitRecord>(OutreachJson.Options))!.Late);
    }

    [PostgresFact]
    public async Task A_pair_records_its_stop_once_between_its_two_phones()
    {
        var (worker, shift, stop) = fixture.TakeStop(s => s.PartnerWorkerId is not null);
        using var first = Server.WorkerClient(VisitTeamFixture.Team, worker);
        using var second = Server.WorkerClient(VisitTeamFixture.Team, shift.PartnerWorkerId!);
        fixture.Clock.MoveTo(stop.Start!.Value.AddMinutes(30));
        var report = new VisitReport(stop.StopId!, VisitOutcome.Visited, Some);

        var recorded = (await (await Post(second, report, "pair-1")).Content.ReadFromJsonAsync<VisitRecord>(OutreachJson.Options))!;
        Assert.Equal([shift.PartnerWorkerId!, worker], recorded.WorkerIds);
        var twice = await Post(first, report, "pair-2");
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains(shift.PartnerWorkerId!, (string)(await twice.ProblemAsync())["detail"]!, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_manager_corrects_a_record_as_a_new_version_and_only_a_manager_may()
    {
        var (worker, _, stop) = fixture.TakeStop();
        using var phone = Server.WorkerClient(VisitTeamFixture.Team, worker);
        using var manager = Server.Client(OutreachRoles.Manager, VisitTeamFixture.Team);
        using var consumer = Server.Client(OutreachRoles.Consumer, VisitTeamFixture.Team);
        using var otherTeam = Server.Client(OutreachRoles.Manager, "other-team");
        fixture.Clock.MoveTo(stop.Start!.Value.AddMinutes(15));
        var report = new VisitReport(stop.StopId!, VisitOutcome.Visited, Some);
        var record = (await (await Post(phone, report, "to-correct")).Content.ReadFromJsonAsync<VisitRecord>(OutreachJson.Options))!;
        var corrected = report with { Counts = Some with { Contacts = 6, NewContacts = 2 } };

        Assert.Equal(HttpStatusCode.Forbidden, (await phone.PutAsync($"{Visits}/{record.Id}", Body(corrected))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.GetAsync(Visits)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeam.GetAsync($"teams/{VisitTeamFixture.Team}/visits")).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await manager.PutAsync($"{Visits}/{record.Id}", Body(corrected))).StatusCode);
        Assert.Equal(["stopId"], await (await Put(manager, record.Id, 1, corrected with { StopId = StopIds.ForVisit(fixture.Week, "hostel", 9) })).ProblemFieldsAsync());

        var answer = await Put(manager, record.Id, 1, corrected);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("\"2\"", answer.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Put(manager, record.Id, 1, corrected)).StatusCode);

        var history = (await manager.GetFromJsonAsync<VisitRecord[]>($"{Visits}/{record.Id}", OutreachJson.Options))!;
        Assert.Equal([(1, worker, 3), (2, "test-manager", 6)], history.Select(v => (v.Version, v.RecordedBy, v.Report.Counts!.Contacts)));
        var listed = (await manager.GetFromJsonAsync<Page<VisitRecord>>($"{Visits}?venue={stop.VenueId}", OutreachJson.Options))!;
        Assert.Equal([2], listed.Items.Select(v => v.Version));

        // The venue counts the corrected figures, and the visit still once.
        var venue = (await manager.GetFromJsonAsync<VenueSnapshot>($"teams/{VisitTeamFixture.Team}/venues/{stop.VenueId}", OutreachJson.Options))!;
        Assert.Equal((1, 6), (venue.Visits.VisitsLast4Weeks, venue.Visits.ContactsLast4Weeks));
        Assert.Equal([(worker, 1)], venue.Visits.Visitors.Select(v => (v.WorkerId, v.Visits)));
    }

    [PostgresFact]
    public async Task Next_weeks_plan_reads_the_visits_made_and_not_those_where_nobody_was_there()
    {
        var (worker, _, visited) = fixture.TakeStop();
        var (other, _, empty) = fixture.TakeStop();
        using var manager = Server.Client(OutreachRoles.Manager, VisitTeamFixture.Team);
        var nextWeek = OutreachKeys.WeekOf(WeekClock.Parse(fixture.Week).Monday.AddDays(7));
        var planner = Server.Grains.GetGrain<IPlannerGrain>(OutreachKeys.ForWeek(VisitTeamFixture.Team, nextWeek));

        // A fortnightly interval: a visit this week leaves nothing due next week, and no visit leaves one due.
        foreach (var id in new[] { visited.VenueId!, empty.VenueId! })
        {
            var venue = Server.Grains.GetGrain<IVenueGrain>(OutreachKeys.For(VisitTeamFixture.Team, id));
            var current = (await venue.GetAsync())!;
            await venue.UpdateAsync(current.Definition with { TargetIntervalDays = 14 }, current.Version);
        }

        var before = await InputAsync(planner);
        Assert.Equal((1, 1), (Due(before, visited.VenueId!), Due(before, empty.VenueId!)));

        fixture.Clock.MoveTo(Later(visited.Start!.Value, empty.Start!.Value).AddMinutes(10));
        using (var phone = Server.WorkerClient(VisitTeamFixture.Team, worker))
            Assert.Equal(HttpStatusCode.Created, (await Post(phone, new VisitReport(visited.StopId!, VisitOutcome.Visited, Some), "loop-1")).StatusCode);
        using (var phone = Server.WorkerClient(VisitTeamFixture.Team, other))
            Assert.Equal(HttpStatusCode.Created, (await Post(phone, new VisitReport(empty.StopId!, VisitOutcome.NobodyThere), "loop-2")).StatusCode);

        var after = await InputAsync(planner);
        Assert.Equal((0, 1), (Due(after, visited.VenueId!), Due(after, empty.VenueId!)));
        Assert.Equal(DateOnly.FromDateTime(visited.Start.Value.DateTime), Venue(after, visited.VenueId!).LastVisitedOn);
        Assert.Equal([(worker, 1)], Venue(after, visited.VenueId!).Visitors.Select(v => (v.WorkerId, v.Visits)));
        Assert.Equal((null, 0), (Venue(after, empty.VenueId!).LastVisitedOn, Venue(after, empty.VenueId!).Visitors.Count));

        // And the plan itself: the venue visited is not due, the one found empty still is.
        await planner.StartPlanningAsync(new PlanRequest(Seconds: 1, Seed: 1));
        Assert.Equal(PlanningState.Done, (await Rotas.RotaTeam.WaitAsync(planner)).State);
        var draft = await planner.GetDraftAsync();
        var planned = draft.Shifts.SelectMany(s => s.Stops).Select(s => s.VenueId).Concat(draft.Unplaced.Select(u => u.VenueId)).ToList();
        Assert.DoesNotContain(visited.VenueId, planned);
        Assert.Contains(empty.VenueId, planned);
    }

    [PostgresFact]
    public async Task A_venue_the_field_reports_closed_is_closed_once_a_manager_confirms_and_a_move_puts_it_where_it_went()
    {
        var (worker, _, closing) = fixture.TakeStop();
        var (mover, _, moving) = fixture.TakeStop(s => s.PartnerWorkerId is null && s.Stops.Any(t => t.Kind == RotaStopKind.Visit && t.VenueId!.StartsWith("bar-", StringComparison.Ordinal)));
        using var manager = Server.Client(OutreachRoles.Manager, VisitTeamFixture.Team);
        fixture.Clock.MoveTo(Later(closing.Start!.Value, moving.Start!.Value).AddMinutes(10));
        using (var phone = Server.WorkerClient(VisitTeamFixture.Team, worker))
        {
            await Post(phone, new VisitReport(closing.StopId!, VisitOutcome.VenueClosed, VenueLooks: VenueLooks.Closed), "closed");
            Assert.Equal(HttpStatusCode.Forbidden, (await phone.GetAsync($"teams/{VisitTeamFixture.Team}/venue-reports")).StatusCode);
        }

        using (var phone = Server.WorkerClient(VisitTeamFixture.Team, mover))
            await Post(phone, new VisitReport(moving.StopId!, VisitOutcome.NobodyThere, VenueLooks: VenueLooks.Moved, NewPosition: new Position(-0.1301, 51.5401)), "moved");

        var pending = (await manager.GetFromJsonAsync<VenueReport[]>($"teams/{VisitTeamFixture.Team}/venue-reports?pending=true", OutreachJson.Options))!;
        var closed = pending.Single(r => r.VenueId == closing.VenueId);
        var moved = pending.Single(r => r.VenueId == moving.VenueId);
        Assert.Equal((VenueLooks.Closed, worker), (closed.Looks, closed.ReportedBy));

        var decided = await manager.PostAsync($"teams/{VisitTeamFixture.Team}/venue-reports/{closed.Id}/decision", Body(new VenueReportDecision(true)));
        Assert.Equal(VenueReportState.Confirmed, (await decided.Content.ReadFromJsonAsync<VenueReport>(OutreachJson.Options))!.State);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsync($"teams/{VisitTeamFixture.Team}/venue-reports/{closed.Id}/decision", Body(new VenueReportDecision(false)))).StatusCode);
        await manager.PostAsync($"teams/{VisitTeamFixture.Team}/venue-reports/{moved.Id}/decision", Body(new VenueReportDecision(true)));

        Assert.Equal(VenueStatus.Closed, (await Server.Grains.GetGrain<IVenueGrain>(OutreachKeys.For(VisitTeamFixture.Team, closing.VenueId!)).GetAsync())!.Definition.Status);
        var relocated = (await Server.Grains.GetGrain<IVenueGrain>(OutreachKeys.For(VisitTeamFixture.Team, moving.VenueId!)).GetAsync())!.Definition;
        Assert.Equal((VenueStatus.Active, new Position(-0.1301, 51.5401)), (relocated.Status, relocated.Location!.Positions[0]));
        Assert.Empty((await manager.GetFromJsonAsync<VenueReport[]>($"teams/{VisitTeamFixture.Team}/venue-reports?pending=true", OutreachJson.Options))!);

        // The next plan does not send anyone to the closed venue.
        var nextWeek = OutreachKeys.WeekOf(WeekClock.Parse(fixture.Week).Monday.AddDays(7));
        var input = await InputAsync(Server.Grains.GetGrain<IPlannerGrain>(OutreachKeys.ForWeek(VisitTeamFixture.Team, nextWeek)));
        Assert.False(Venue(input, closing.VenueId!).Active);
    }

    private static HttpContent Body<T>(T value) => JsonBodies.Json(JsonSerializer.SerializeToNode(value, OutreachJson.Options)!);

    private static Task<HttpResponseMessage> Post(HttpClient client, VisitReport report, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Visits) { Content = Body(report) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, string id, int version, VisitReport report)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Visits}/{id}") { Content = Body(report) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return client.SendAsync(request);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static async Task<PlanningInput> InputAsync(IPlannerGrain planner) =>
        JsonSerializer.Deserialize<PlanningInput>(await planner.ExportInputAsync(), OutreachJson.Options)!;

    private static PlanningVenue Venue(PlanningInput input, string id) => input.Venues.Single(v => v.Id == id);

    private static int Due(PlanningInput input, string id) => DueVisits.For(Venue(input, id), WeekClock.Parse(input.Week)).Count;
}
