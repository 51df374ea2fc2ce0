using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Core.Internal;
using OutreachRouting.Contracts.Errors;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Grains.Rotas;

namespace OutreachRouting.Tests.Rotas;

/// <summary>
/// Plan, edit, publish and re-plan end to end on a silo host in this process. The silo runs on PostgreSQL because
/// the planner reads who belongs to the team from the team directory, a read model the database keeps.
/// </summary>
public sealed class PlannerGrainTests
{
    private const string Team = "north";
    private const string Week = "2026-W51";
    private static readonly DateOnly Wednesday = new(2026, 12, 16);

    [PostgresFact]
    public async Task A_week_is_planned_edited_published_and_replanned_after_a_sickness()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await PostgresSilo.StartAsync(database.ConnectionString);
        var grains = silo.Grains;
        await RotaTeam.CreateAsync(grains, Team);
        var planner = grains.GetGrain<IPlannerGrain>(OutreachKeys.ForWeek(Team, Week));

        // Planning answers at once and runs in the background; a second start meanwhile is refused.
        var started = await planner.StartPlanningAsync(new PlanRequest(Seconds: 1.5, Seed: 3));
        Assert.Equal(PlanningState.Planning, started.State);
        await Assert.ThrowsAsync<ConflictException>(() => planner.StartPlanningAsync(new PlanRequest(1)));
        var planned = await RotaTeam.WaitAsync(planner);
        Assert.Equal(PlanningState.Done, planned.State);
        Assert.NotNull(planned.BestObjective);

        var draft = await planner.GetDraftAsync();
        Assert.Null(draft.Version);
        Assert.Equal(draft.Figures.DueVisits, Visits(draft).Count + draft.Unplaced.Count);
        Assert.Contains(Visits(draft), v => v.VenueId == "route" && v.Shift.WorkerIds.Count == 2);
        Assert.All(draft.Shifts, s => Assert.DoesNotContain(s.Stops, t => t.Start < t.Arrival || t.End < t.Start));
        await Assert.ThrowsAsync<NotFoundException>(() => planner.GetPublishedAsync());

        // Pinning a visit to a day its worker is off breaks availability: refused, then kept by override.
        var visit = Visits(draft).First(v => v.VenueId != "route");
        var offDay = new RotaEdit(RotaEditKind.Pin, visit.VenueId, visit.Number, "ana", DayOfWeek.Sunday);
        var refused = await Assert.ThrowsAsync<RotaRuleException>(() => planner.EditAsync(draft.Revision, offDay, "manager"));
        Assert.Contains(refused.Violations, v => v is { Rule: RotaRule.Availability, WorkerId: "ana" } && v.ShiftId != null && v.Message.Length > 0);
        Assert.Equal(draft.Revision, (await planner.GetDraftAsync()).Revision);
        var overridden = await planner.EditAsync(draft.Revision, offDay with { Override = true }, "manager");
        Assert.Equal(draft.Revision + 1, overridden.Revision);
        Assert.Equal("manager", Assert.Single(overridden.Overrides).By);
        Assert.Contains(Visits(overridden), v => v.VenueId == visit.VenueId && v.Shift.Day == DayOfWeek.Sunday && v.Stop.Pinned);

        // A stale revision is refused; removing the visit again lists it as removed.
        await Assert.ThrowsAsync<VersionConflictException>(() => planner.EditAsync(draft.Revision, offDay, "manager"));
        var removed = await planner.EditAsync(overridden.Revision, new RotaEdit(RotaEditKind.Remove, visit.VenueId, visit.Number), "manager");
        Assert.Contains(removed.Unplaced, u => u.VenueId == visit.VenueId && u.Reason == UnplacedReason.RemovedByManager);
        Assert.DoesNotContain(Visits(removed), v => v.VenueId == visit.VenueId && v.Number == visit.Number);

        // Publishing sends every worker their own shifts.
        var published = await planner.PublishAsync(removed.Revision, "manager");
        Assert.Equal(1, published.Version);
        foreach (var worker in RotaTeam.WorkerIds)
        {
            var assignments = (await grains.GetGrain<IWorkerGrain>(OutreachKeys.For(Team, worker)).GetAsync())!.Assignments;
            Assert.Equal(published.Shifts.Count(s => s.WorkerIds.Contains(worker)), assignments.Count);
            Assert.All(assignments, a => Assert.Equal($"{Week}.v1", a.RotaVersion));

            // Each shift comes whole, every stop in visiting order with the id a visit record or check-in names it by.
            foreach (var assignment in assignments)
            {
                var shift = published.Shifts.Single(s => s.Id == assignment.ShiftId);
                Assert.Equal(
                    shift.Stops.Select(t => (t.Kind, t.VenueId, t.SessionId, t.Start, t.TravelMinutes)),
                    assignment.Stops.Select(t => (t.Kind, t.VenueId, t.SessionId, t.Start!.Value, t.TravelMinutes)));
                Assert.Equal(
                    shift.Stops.Select(t => t.Kind switch
                    {
                        RotaStopKind.Visit => StopIds.ForVisit(Week, t.VenueId!, t.Visit),
                        RotaStopKind.Session => StopIds.ForSession(Week, t.SessionId!),
                        _ => null,
                    }),
                    assignment.Stops.Select(t => t.StopId));
                Assert.Equal((shift.BaseVenueId, shift.ReturnTravelMinutes), (assignment.BaseVenueId, assignment.ReturnTravelMinutes));
            }
        }

        // Bo is off sick from Wednesday: the re-plan keeps Monday and Tuesday as published and takes Bo off the rest.
        var sick = "bo";
        var bo = grains.GetGrain<IWorkerGrain>(OutreachKeys.For(Team, sick));
        var before = (await bo.GetAsync())!;
        await bo.UpdateAsync(before.Definition with { Absences = [new Absence(Wednesday, Wednesday.AddDays(4), AbsenceKind.Sickness)] }, before.Version);
        await planner.ReplanAsync(new ReplanRequest(Wednesday, [], Seconds: 1.5, Seed: 3));
        Assert.Equal(PlanningState.Done, (await RotaTeam.WaitAsync(planner)).State);
        var replanned = await planner.GetDraftAsync();
        var kept = published.Shifts.Where(s => s.Start < Start(Wednesday)).ToList();
        Assert.Equal(kept.Select(s => s.Id), replanned.Shifts.Where(s => s.Start < Start(Wednesday)).Select(s => s.Id));
        Assert.DoesNotContain(replanned.Shifts, s => s.Start >= Start(Wednesday) && s.WorkerIds.Contains(sick));
        var bosLater = Visits(published).Where(v => v.Shift.Start >= Start(Wednesday) && v.Shift.WorkerIds.Contains(sick)).ToList();
        Assert.NotEmpty(bosLater);
        Assert.All(bosLater, v => Assert.Contains(replanned.Changes, c => c.VenueId == v.VenueId && c.Visit == v.Number && c.FromShift == v.Shift.Id));

        var republished = await planner.PublishAsync(replanned.Revision, "manager");
        Assert.Equal(2, republished.Version);
        var boNow = (await bo.GetAsync())!.Assignments;
        Assert.All(boNow, a => Assert.True(a.Start < Start(Wednesday), "Bo keeps only shifts before the sickness"));
        Assert.Equal(2, (await planner.GetStatusAsync()).PublishedVersion);
    }

    [PostgresFact]
    public async Task A_replan_drops_a_closed_venues_visit_and_places_an_urgent_one_saying_why()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await PostgresSilo.StartAsync(database.ConnectionString);
        var grains = silo.Grains;
        await RotaTeam.CreateAsync(grains, Team);
        var late = grains.GetGrain<IVenueGrain>(OutreachKeys.For(Team, "late"));
        await late.CreateAsync(Samples.Bar("Visited last week") with
        {
            AccessWindows = [new WeeklyWindow(DayOfWeek.Thursday, new TimeOnly(10, 0), new TimeOnly(16, 0))],
            TargetIntervalDays = 28,
            Needs = VenueNeeds.None,
        });
        await late.RecordVisitAsync(new VenueVisit(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero), ["ana"], 3));
        var planner = grains.GetGrain<IPlannerGrain>(OutreachKeys.ForWeek(Team, Week));
        await planner.StartPlanningAsync(new PlanRequest(Seconds: 1.5, Seed: 3));
        await RotaTeam.WaitAsync(planner);
        var published = await planner.PublishAsync((await planner.GetDraftAsync()).Revision, "manager");
        Assert.DoesNotContain(Visits(published), v => v.VenueId == "late");
        var centre = Assert.Single(Visits(published), v => v.VenueId == "centre");

        // The migrant centre closes; the bar visited last week needs an urgent visit.
        await grains.GetGrain<IVenueGrain>(OutreachKeys.For(Team, "centre")).CloseAsync(null);
        await planner.ReplanAsync(new ReplanRequest(Wednesday, ["late"], Seconds: 1.5, Seed: 3));
        Assert.Equal(PlanningState.Done, (await RotaTeam.WaitAsync(planner)).State);
        var replanned = await planner.GetDraftAsync();

        Assert.DoesNotContain(Visits(replanned), v => v.VenueId == "centre");
        var dropped = Assert.Single(replanned.Changes, c => c.VenueId == "centre");
        Assert.Equal((centre.Shift.Id, (string?)null, "Venue centre is no longer active."), (dropped.FromShift, dropped.ToShift, dropped.Reason));
        var urgent = Assert.Single(Visits(replanned), v => v.VenueId == "late");
        Assert.Equal(DayOfWeek.Thursday, urgent.Shift.Day);
        Assert.Contains(replanned.Changes, c => c.VenueId == "late" && c.FromShift is null && c.ToShift == urgent.Shift.Id);
        await Assert.ThrowsAsync<ValidationException>(() => planner.ReplanAsync(new ReplanRequest(Wednesday, ["nowhere"])));
    }

    [PostgresFact]
    public async Task The_planners_input_exports_as_its_documented_json_and_a_bad_week_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await PostgresSilo.StartAsync(database.ConnectionString);
        await RotaTeam.CreateAsync(silo.Grains, Team);

        var json = await silo.Grains.GetGrain<IPlannerGrain>(OutreachKeys.ForWeek(Team, Week)).ExportInputAsync();
        using var input = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(Team, input.RootElement.GetProperty("team").GetString());
        Assert.Equal(Week, input.RootElement.GetProperty("week").GetString());
        Assert.Equal(RotaTeam.WorkerIds.Length, input.RootElement.GetProperty("workers").GetArrayLength());
        Assert.Contains(input.RootElement.GetProperty("venues").EnumerateArray(), v => v.GetProperty("id").GetString() == "route" && v.GetProperty("role").GetString() == "street-route");

        Assert.Throws<ArgumentException>(() => OutreachKeys.ForWeek(Team, "2026-W54"));
        Assert.False(OutreachKeys.IsValidWeek("2026-w51"));
        Assert.True(OutreachKeys.IsValidWeek("2026-W53"));
        Assert.False(OutreachKeys.IsValidWeek("2027-W53"));
    }

    [PostgresFact]
    public async Task Plans_beyond_the_silos_cores_queue_and_a_queued_or_running_plan_can_be_cancelled()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await PostgresSilo.StartAsync(database.ConnectionString, configure: OneCore);
        var (north, south, east) = (await TeamPlannerAsync(silo, "north"), await TeamPlannerAsync(silo, "south"), await TeamPlannerAsync(silo, "east"));
        await north.StartPlanningAsync(new PlanRequest(Seconds: 1, Seed: 3));
        await RotaTeam.WaitAsync(north);
        var draft = JsonSerializer.Serialize(await north.GetDraftAsync(), OutreachJson.Options);

        // North's plan takes the one core; the others wait in turn, and say where.
        var running = await north.StartPlanningAsync(new PlanRequest(Seconds: 300, Seed: 4));
        Assert.Equal((PlanningState.Planning, (int?)1, (int?)null), (running.State, running.Cores, running.QueuePosition));
        var second = await south.StartPlanningAsync(new PlanRequest(Seconds: 1.5, Seed: 3));
        Assert.Equal((PlanningState.Queued, (int?)1, (DateTimeOffset?)null), (second.State, second.QueuePosition, second.StartedAt));
        var third = await east.StartPlanningAsync(new PlanRequest(Seconds: 1.5, Seed: 3));
        Assert.Equal((PlanningState.Queued, (int?)2), (third.State, third.QueuePosition));
        await Assert.ThrowsAsync<ConflictException>(() => south.StartPlanningAsync(new PlanRequest(1)));

        // A queued plan cancelled leaves the queue, and the one behind it moves up.
        var left = await south.CancelPlanningAsync();
        Assert.Equal((PlanningState.Cancelled, (int?)null, (int?)null), (left.State, left.QueuePosition, left.DraftRevision));
        var moved = await east.GetStatusAsync();
        Assert.Equal((PlanningState.Queued, (int?)1), (moved.State, moved.QueuePosition));

        // The running plan cancelled stops, leaves the draft as it was, and gives its core to the next in the queue.
        var cancelledAt = DateTimeOffset.UtcNow;
        var stopped = await north.CancelPlanningAsync();
        Assert.Equal(PlanningState.Cancelled, stopped.State);
        Assert.Equal(draft, JsonSerializer.Serialize(await north.GetDraftAsync(), OutreachJson.Options));
        await Assert.ThrowsAsync<ConflictException>(() => north.CancelPlanningAsync());
        var done = await RotaTeam.WaitAsync(east);
        Assert.Equal((PlanningState.Done, (int?)1), (done.State, done.DraftRevision));
        Assert.True(done.StartedAt >= cancelledAt, "a queued plan's time counts from when it starts, not from when it was queued");
    }

    [PostgresFact]
    public async Task A_plan_is_cancelled_when_its_grain_deactivates_and_its_core_goes_to_the_next_plan()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await PostgresSilo.StartAsync(database.ConnectionString, configure: OneCore);
        var (north, south) = (await TeamPlannerAsync(silo, "north"), await TeamPlannerAsync(silo, "south"));
        Assert.Equal(PlanningState.Planning, (await north.StartPlanningAsync(new PlanRequest(Seconds: 300))).State);
        Assert.Equal(PlanningState.Queued, (await south.StartPlanningAsync(new PlanRequest(Seconds: 1.5, Seed: 3))).State);

        // Had north's search gone on after its grain, south would wait five minutes for the core.
        await north.AsReference<IGrainManagementExtension>().DeactivateOnIdle();

        Assert.Equal(PlanningState.Done, (await RotaTeam.WaitAsync(south)).State);
        var after = await north.GetStatusAsync();
        Assert.Equal((PlanningState.Idle, (int?)null), (after.State, after.DraftRevision));
    }

    [PostgresFact]
    public async Task A_worker_that_cannot_be_reached_at_publishing_gets_the_shifts_when_the_reminder_retries()
    {
        var failing = new FailingDeliveries();
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await PostgresSilo.StartAsync(database.ConnectionString, configure: b => b.Services.AddSingleton<IIncomingGrainCallFilter>(failing));
        var planner = await TeamPlannerAsync(silo, Team);
        await planner.StartPlanningAsync(new PlanRequest(Seconds: 1.5, Seed: 3));
        await RotaTeam.WaitAsync(planner);
        IWorkerGrain Worker(string id) => silo.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For(Team, id));

        // Bo's grain fails the delivery; the rota is published all the same, and everyone else has their shifts.
        failing.FailNext(OutreachKeys.For(Team, "bo"));
        var published = await planner.PublishAsync((await planner.GetDraftAsync()).Revision, "manager");
        Assert.Equal(1, published.Version);
        Assert.Equal(["bo"], (await planner.GetStatusAsync()).PendingDeliveries);
        Assert.Empty((await Worker("bo").GetAsync())!.Assignments);
        foreach (var worker in RotaTeam.WorkerIds.Where(id => id != "bo"))
            Assert.Equal(published.Shifts.Count(s => s.WorkerIds.Contains(worker)), (await Worker(worker).GetAsync())!.Assignments.Count);
        Assert.Equal(1, await database.ScalarAsync<long>($"SELECT count(*) FROM OrleansRemindersTable WHERE ReminderName = '{PlannerGrain.DeliveryReminder}'"));

        // The reminder's tick, delivered now rather than in a minute: Bo gets the shifts, and the reminder goes.
        await planner.AsReference<IRemindable>().ReceiveReminder(PlannerGrain.DeliveryReminder, new TickStatus(DateTime.UtcNow, TimeSpan.FromMinutes(1), DateTime.UtcNow));
        var bosShifts = published.Shifts.Count(s => s.WorkerIds.Contains("bo"));
        Assert.True(bosShifts > 0);
        var bo = (await Worker("bo").GetAsync())!.Assignments;
        Assert.Equal(bosShifts, bo.Count);
        Assert.All(bo, a => Assert.Equal($"{Week}.v1", a.RotaVersion));
        Assert.Empty((await planner.GetStatusAsync()).PendingDeliveries);
        Assert.Equal(0, await database.ScalarAsync<long>($"SELECT count(*) FROM OrleansRemindersTable WHERE ReminderName = '{PlannerGrain.DeliveryReminder}'"));
    }

    private static void OneCore(HostApplicationBuilder builder) => builder.Configuration["Planning:MaxConcurrentCores"] = "1";

    private static async Task<IPlannerGrain> TeamPlannerAsync(PostgresSilo silo, string team)
    {
        await RotaTeam.CreateAsync(silo.Grains, team);
        return silo.Grains.GetGrain<IPlannerGrain>(OutreachKeys.ForWeek(team, Week));
    }

    private static DateTimeOffset Start(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static List<(string VenueId, int Number, RotaShift Shift, RotaStop Stop)> Visits(RotaDocument rota) =>
        [.. rota.Shifts.SelectMany(s => s.Stops.Where(t => t.Kind == RotaStopKind.Visit).Select(t => (t.VenueId!, t.Visit, s, t)))];
}
