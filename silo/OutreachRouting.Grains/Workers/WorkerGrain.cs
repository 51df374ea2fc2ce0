using OutreachRouting.Contracts.Safety;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Grains.Workers;

public sealed class WorkerGrain(
    [PersistentState(WorkerState.StateName, OutreachStorage.Name)] IPersistentState<WorkerState> state,
    TimeProvider time) : RegisterGrain<WorkerState, WorkerDefinition, WorkerSnapshot>(state, time), IWorkerGrain
{
    /// <summary>How long a withdrawn shift and an acknowledged week are kept after they end.</summary>
    private static readonly TimeSpan KeptAfterwards = TimeSpan.FromDays(42);

    protected override string Noun => "Worker";

    protected override void Validate(WorkerDefinition definition) => WorkerRules.Validate(definition);

    protected override WorkerDefinition Closed(WorkerDefinition definition) => definition with { Status = WorkerStatus.Left };

    public async Task AssignAsync(string week, int version, IReadOnlyList<ShiftAssignment> shifts)
    {
        EnsureExists();
        if (State.RotaVersions.GetValueOrDefault(week) < version)
            await StoreAsync(week, version, shifts);

        // Again on a repeated delivery: the one before may have stored the shifts and failed before the watch heard of them.
        var held = State.RotaVersions[week];
        await GrainFactory.GetGrain<ILoneWorkingGrain>(this.GetPrimaryKeyString())
            .WatchAsync(week, held, [.. State.Assignments.Where(a => ScheduleMarks.WeekOf(a) == week)]);
    }

    private Task StoreAsync(string week, int version, IReadOnlyList<ShiftAssignment> shifts)
    {
        var since = Time.GetUtcNow() - KeptAfterwards;
        return PersistAsync(s =>
        {
            s.RotaVersions[week] = version;
            var dropped = s.Assignments.Where(a => ScheduleMarks.WeekOf(a) == week && !shifts.Any(n => SameShift(n, a)));
            s.Withdrawn.RemoveAll(w => w.Shift.End < since || shifts.Any(n => SameShift(n, w.Shift)));
            s.Withdrawn.AddRange(dropped.Select(a => new WithdrawnShift(a, RotaVersions.Of(week, version))).ToList());
            s.Assignments.RemoveAll(a => ScheduleMarks.WeekOf(a) == week);
            s.Assignments.AddRange(shifts);
            s.Assignments.Sort((a, b) => a.Start.CompareTo(b.Start));
            foreach (var old in s.Acknowledged.Where(a => a.Value.Shifts.All(x => x.End < since) && a.Value.At < since).Select(a => a.Key).ToList())
                s.Acknowledged.Remove(old);
        });
    }

    public Task<WorkerSchedule> GetScheduleAsync(DateTimeOffset from, DateTimeOffset to, DateTimeOffset assignedSince)
    {
        EnsureExists();
        var shifts = State.Assignments.Where(a => a.Start < to && from < a.End).ToList();
        var weeks = WeeksTouched(from, to).Union(shifts.Select(ScheduleMarks.WeekOf)).Order(StringComparer.Ordinal).ToList();
        var marked = shifts.Select(s => ScheduleMarks.Mark(s, Acknowledged(ScheduleMarks.WeekOf(s))?.Shifts)).ToList();
        var removed = weeks
            .Select(w => (Week: w, Seen: Acknowledged(w)))
            .Where(w => w.Seen is not null && w.Seen.Version < State.RotaVersions.GetValueOrDefault(w.Week))
            .SelectMany(w => ScheduleMarks.Removed(w.Seen!.Shifts, [.. State.Assignments.Where(a => ScheduleMarks.WeekOf(a) == w.Week)]))
            .Where(a => a.Start < to && from < a.End)
            .ToList();
        return Task.FromResult(new WorkerSchedule(
            Key.Team, Key.Id, from, to,
            [.. weeks.Select(Status)],
            marked, removed,
            [.. State.Withdrawn.Where(w => w.Shift.Start < to && from < w.Shift.End)],
            AssignedVenues(assignedSince)));
    }

    public Task<IReadOnlyList<string>> GetAssignedVenuesAsync(DateTimeOffset since) => Task.FromResult(AssignedVenues(since));

    public async Task<RotaWeekStatus> AcknowledgeAsync(string week, int version)
    {
        EnsureExists();
        if (!OutreachKeys.IsValidWeek(week))
            throw new ValidationException([new FieldError("week", OutreachKeys.WeekRule)]);
        var published = State.RotaVersions.GetValueOrDefault(week);
        if (published == 0)
            throw new NotFoundException($"No rota for {week} has been published to worker '{Key.Id}'.");
        if (version > published)
            throw new ValidationException([new FieldError("version", $"version {version} of {week} was never published; the newest is {published}")]);
        if (version < published)
            throw new ConflictException($"Version {version} of {week} is not the newest: version {published} was published since. Read it, then acknowledge that.");
        if (Acknowledged(week)?.Version != published)
        {
            var seen = new AcknowledgedWeek { Version = published, At = Time.GetUtcNow(), Shifts = [.. State.Assignments.Where(a => ScheduleMarks.WeekOf(a) == week)] };
            await PersistAsync(s => s.Acknowledged[week] = seen);
        }

        return Status(week);
    }

    public Task<CalendarSubscription> GetCalendarAsync()
    {
        EnsureExists();
        return Task.FromResult(Subscription());
    }

    public async Task<CalendarSubscription> OpenCalendarAsync(int generation, string secretHash)
    {
        EnsureExists();
        if (State.Definition!.Status == WorkerStatus.Left)
            throw new ConflictException($"Worker '{Key.Id}' has left the team: no calendar link is made for them.");
        if (generation > State.CalendarGeneration)
        {
            await GrainFactory.GetGrain<ICalendarFeedGrain>(secretHash).BindAsync(Key.Team, Key.Id);
            var now = Time.GetUtcNow();
            await PersistAsync(s => (s.CalendarGeneration, s.CalendarSecretHash, s.CalendarSince) = (generation, secretHash, now));
        }

        return Subscription();
    }

    public async Task<CalendarSubscription> RevokeCalendarAsync()
    {
        EnsureExists();
        if (State.CalendarSecretHash is not null)
            await PersistAsync(s => s.CalendarSecretHash = null);
        return Subscription();
    }

    public Task<CalendarFeed?> ReadCalendarAsync(string secretHash, DateTimeOffset since) =>
        Task.FromResult(State.Definition is { Status: not WorkerStatus.Left } definition && State.CalendarSecretHash == secretHash
            ? new CalendarFeed(Key.Team, Key.Id, definition.DisplayName, [.. State.Assignments.Where(a => a.End >= since)], [.. State.Withdrawn])
            : null);

    protected override WorkerSnapshot Snapshot() =>
        new(Key.Team, Key.Id, State.Definition!, State.Version, State.CreatedAt, State.UpdatedAt, [.. State.Assignments]);

    private CalendarSubscription Subscription() => new(State.CalendarGeneration, State.CalendarSecretHash is not null, State.CalendarSince, State.CalendarSecretHash);

    private IReadOnlyList<string> AssignedVenues(DateTimeOffset since) =>
        [.. State.Assignments.Where(a => a.End >= since).SelectMany(a => a.Stops).Select(s => s.VenueId).OfType<string>().Distinct(StringComparer.Ordinal)];

    private AcknowledgedWeek? Acknowledged(string week) => State.Acknowledged.GetValueOrDefault(week);

    private RotaWeekStatus Status(string week) =>
        new(week, State.RotaVersions.GetValueOrDefault(week), Acknowledged(week)?.Version ?? 0);

    /// <summary>The same rota shift in another version: by its shift id, or by its times for shifts stored before ids.</summary>
    private static bool SameShift(ShiftAssignment a, ShiftAssignment b) =>
        a.ShiftId.Length > 0 ? a.ShiftId == b.ShiftId : a.Start == b.Start && a.End == b.End;

    /// <summary>The ISO weeks whose London days the span [from, to) touches.</summary>
    private static IEnumerable<string> WeeksTouched(DateTimeOffset from, DateTimeOffset to)
    {
        var last = London.Date(to.AddTicks(-1));
        for (var day = London.Date(from); day <= last; day = day.AddDays(7 - ((int)day.DayOfWeek + 6) % 7))
            yield return OutreachKeys.WeekOf(day);
    }
}
