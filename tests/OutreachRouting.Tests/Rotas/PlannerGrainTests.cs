using OutreachRouting.Contracts;
using OutreachRouting.Contracts.Errors;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Venues;
using OutreachRouting.Contracts.Workers;
using OutreachRouting.Tests.Infrastructure;

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

    private static DateTimeOffset Start(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static List<(string VenueId, int Number, RotaShift Shift, RotaStop Stop)> Visits(RotaDocument rota) =>
        [.. rota.Shifts.SelectMany(s => s.Stops.Where(t => t.Kind == RotaStopKind.Visit).Select(t => (t.VenueId!, t.Visit, s, t)))];
}
