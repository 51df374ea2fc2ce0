using OutreachRouting.Contracts.Errors;
using OutreachRouting.Contracts.Scheduling;

namespace OutreachRouting.Tests.Grains;

[Collection(InMemoryClusterCollection.Name)]
public sealed class WorkerGrainTests(InMemoryClusterFixture cluster)
{
    private static int counter;

    private IWorkerGrain NewWorker() =>
        cluster.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For("shoc", $"worker-{Interlocked.Increment(ref counter)}"));

    [Fact]
    public async Task Create_stores_the_worker_with_empty_live_state()
    {
        var grain = NewWorker();
        await grain.CreateAsync(Samples.Worker());

        var read = (await grain.GetAsync())!;

        Assert.Equal("shoc", read.Team);
        Assert.Equal(Samples.Worker().Skills, read.Definition.Skills);
        Assert.Equal(Samples.Worker().Languages, read.Definition.Languages);
        Assert.Equal(Samples.Worker().Availability, read.Definition.Availability);
        Assert.Equal(Samples.Worker().Absences, read.Definition.Absences);
        Assert.True(read.Definition.WomenOnlyEligible);
        Assert.Equal(TravelMode.PublicTransport, read.Definition.TravelMode);
        Assert.Empty(read.Assignments);
        Assert.Equal(1, read.Version);
    }

    public static TheoryData<string, WorkerDefinition> InvalidWorkers()
    {
        var worker = Samples.Worker();
        return new TheoryData<string, WorkerDefinition>
        {
            { "displayName", worker with { DisplayName = "" } },
            { "baseVenueId", worker with { BaseVenueId = "Not An Id" } },
            { "skills[0]", worker with { Skills = [(WorkerSkill)17] } },
            { "skills", worker with { Skills = [WorkerSkill.PepPrep, WorkerSkill.PepPrep] } },
            { "languages[0]", worker with { Languages = [""] } },
            { "contractedHoursPerWeek", worker with { ContractedHoursPerWeek = 0 } },
            { "contractedHoursPerWeek", worker with { ContractedHoursPerWeek = double.NaN } },
            { "availability", worker with { Availability = [] } },
            { "availability[0].end", worker with { Availability = [new WeeklyWindow(DayOfWeek.Monday, new TimeOnly(17, 0), new TimeOnly(9, 0))] } },
            { "absences[0].to", worker with { Absences = [new Absence(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 1), AbsenceKind.Sickness)] } },
            { "travelMode", worker with { TravelMode = (TravelMode)8 } },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidWorkers))]
    public async Task Invalid_definitions_are_refused_naming_the_field(string field, WorkerDefinition definition)
    {
        var grain = NewWorker();

        var error = await Assert.ThrowsAsync<ValidationException>(() => grain.CreateAsync(definition));

        Assert.Contains(error.Errors, e => e.Field == field);
        Assert.Null(await grain.GetAsync());
    }

    [Fact]
    public async Task A_stale_update_is_refused_and_a_current_one_applies()
    {
        var grain = NewWorker();
        await grain.CreateAsync(Samples.Worker());
        await grain.UpdateAsync(Samples.Worker() with { ContractedHoursPerWeek = 22.5 }, 1);

        await Assert.ThrowsAsync<VersionConflictException>(() => grain.UpdateAsync(Samples.Worker("Stale"), 1));

        var read = (await grain.GetAsync())!;
        Assert.Equal(22.5, read.Definition.ContractedHoursPerWeek);
        Assert.Equal(2, read.Version);
    }

    [Fact]
    public async Task Creating_twice_conflicts_and_updating_a_missing_worker_is_not_found()
    {
        var grain = NewWorker();
        await grain.CreateAsync(Samples.Worker());

        await Assert.ThrowsAsync<ConflictException>(() => grain.CreateAsync(Samples.Worker()));
        await Assert.ThrowsAsync<NotFoundException>(() => NewWorker().UpdateAsync(Samples.Worker(), null));
    }

    [Fact]
    public async Task Closing_a_worker_marks_them_as_left_and_keeps_the_record()
    {
        var grain = NewWorker();
        await grain.CreateAsync(Samples.Worker());

        var closed = await grain.CloseAsync(1);

        Assert.Equal(WorkerStatus.Left, closed.Definition.Status);
        Assert.Equal(Samples.Worker().DisplayName, closed.Definition.DisplayName);
    }

    [Fact]
    public async Task A_late_rota_delivery_changes_nothing_and_a_newer_one_replaces_only_its_week()
    {
        var grain = NewWorker();
        await grain.CreateAsync(Samples.Worker());
        await grain.AssignAsync("2026-W50", 1, [Shift("2026-W50.v1", 8)]);
        await grain.AssignAsync("2026-W49", 3, [Shift("2026-W49.v3", 1)]);

        // Version 2 comes after 3 (a retry that was late), then 3 again: neither changes anything.
        await grain.AssignAsync("2026-W49", 2, [Shift("2026-W49.v2", 2), Shift("2026-W49.v2", 3)]);
        await grain.AssignAsync("2026-W49", 3, [Shift("2026-W49.v3", 1)]);
        Assert.Equal([Shift("2026-W49.v3", 1).Start, Shift("2026-W50.v1", 8).Start], (await grain.GetAsync())!.Assignments.Select(a => a.Start));

        // Version 4 gives the worker no shifts that week; version 3 cannot bring them back.
        await grain.AssignAsync("2026-W49", 4, []);
        await grain.AssignAsync("2026-W49", 3, [Shift("2026-W49.v3", 1)]);
        Assert.Equal(["2026-W50.v1"], (await grain.GetAsync())!.Assignments.Select(a => a.RotaVersion));
    }

    [Fact]
    public async Task A_republished_week_is_marked_against_the_version_the_worker_acknowledged()
    {
        var grain = NewWorker();
        await grain.CreateAsync(Samples.Worker());
        var (week, from, to) = ("2026-W49", new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero));
        var (kept, moved, dropped) = (Shift("2026-W49.v1", 1, "tue/a", "bar", "hostel"), Shift("2026-W49.v1", 2, "wed/a", "bar", "hostel"), Shift("2026-W49.v1", 3, "thu/a", "bar"));
        await grain.AssignAsync(week, 1, [kept, moved, dropped]);

        var unseen = await grain.GetScheduleAsync(from, to, from);
        Assert.Equal([new RotaWeekStatus(week, 1, 0)], unseen.Weeks);
        Assert.All(unseen.Shifts, s => Assert.Equal(ShiftChange.New, s.Change));
        Assert.Equal(["bar", "hostel"], unseen.AssignedVenueIds.Order());
        Assert.Empty(await grain.GetAssignedVenuesAsync(to));
        Assert.Equal(new RotaWeekStatus(week, 1, 1), await grain.AcknowledgeAsync(week, 1));
        Assert.All((await grain.GetScheduleAsync(from, to, from)).Shifts, s => Assert.Equal(ShiftChange.Unchanged, s.Change));

        // Version 2 keeps Tuesday, starts Wednesday's hostel visit an hour later and drops the bar, takes Thursday away and adds Friday.
        var later = moved with { RotaVersion = "2026-W49.v2", Stops = [moved.Stops[1] with { Start = moved.Stops[1].Start!.Value.AddHours(1) }] };
        var added = Shift("2026-W49.v2", 4, "fri/a", "bar");
        await grain.AssignAsync(week, 2, [kept with { RotaVersion = "2026-W49.v2" }, later, added]);

        var marked = await grain.GetScheduleAsync(from, to, from);
        Assert.Equal([new RotaWeekStatus(week, 2, 1)], marked.Weeks);
        Assert.Equal([ShiftChange.Unchanged, ShiftChange.Changed, ShiftChange.New], marked.Shifts.Select(s => s.Change));
        Assert.Equal([moved.Stops[1].StopId!], marked.Shifts[1].ChangedStopIds);
        Assert.Equal([moved.Stops[0].StopId], marked.Shifts[1].RemovedStops.Select(s => s.StopId));
        Assert.Equal([dropped.ShiftId], marked.Removed.Select(s => s.ShiftId));
        Assert.Equal([(dropped.ShiftId, "2026-W49.v2")], marked.Withdrawn.Select(w => (w.Shift.ShiftId, w.WithdrawnIn)));
        Assert.Empty((await grain.GetScheduleAsync(from.AddDays(4), to, from)).Removed);

        // Only the newest version can be acknowledged; once it is, nothing is marked, and the withdrawal stays for calendars.
        await Assert.ThrowsAsync<ConflictException>(() => grain.AcknowledgeAsync(week, 1));
        await Assert.ThrowsAsync<ValidationException>(() => grain.AcknowledgeAsync(week, 3));
        await Assert.ThrowsAsync<NotFoundException>(() => grain.AcknowledgeAsync("2026-W50", 1));
        await Assert.ThrowsAsync<ValidationException>(() => grain.AcknowledgeAsync("2026-W99", 1));
        await grain.AcknowledgeAsync(week, 2);
        var seen = await grain.GetScheduleAsync(from, to, from);
        Assert.All(seen.Shifts, s => Assert.Equal(ShiftChange.Unchanged, s.Change));
        Assert.Empty(seen.Removed);
        Assert.Single(seen.Withdrawn);

        // Version 3 gives Thursday back and nothing else: Thursday is no longer withdrawn, the others are.
        await grain.AssignAsync(week, 3, [dropped with { RotaVersion = "2026-W49.v3" }]);
        Assert.Equal(
            [("tue/a", "2026-W49.v3"), ("wed/a", "2026-W49.v3"), ("fri/a", "2026-W49.v3")],
            (await grain.GetScheduleAsync(from, to, from)).Withdrawn.Select(w => (w.Shift.ShiftId, w.WithdrawnIn)));
    }

    /// <summary>A shift <paramref name="day"/> days after Monday 30 November 2026 (2026-W49).</summary>
    /// <param name="venues">A stop at each in turn, an hour apart, named as the rota names stops.</param>
    private static ShiftAssignment Shift(string rotaVersion, int day, string shiftId = "", params string[] venues)
    {
        var start = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero).AddDays(day);
        var stops = venues.Select((v, i) => new AssignedStop(v, start.AddHours(i + 1), start.AddHours(i + 1.75), Start: start.AddHours(i + 1), StopId: $"2026-W49.{v}.{day}")).ToList();
        return new ShiftAssignment(rotaVersion, start, start.AddHours(6), null, stops, shiftId);
    }
}
