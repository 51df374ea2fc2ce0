using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Grains.Workers;

/// <summary>
/// Marks published shifts against the ones the worker acknowledged, so that a re-plan after a sickness is seen:
/// a shift is matched by its rota shift id (which every version keeps), else by overlapping time.
/// </summary>
public static class ScheduleMarks
{
    /// <summary>The ISO week a published shift belongs to, from its rota version ("2026-W49.v2").</summary>
    public static string WeekOf(ShiftAssignment shift) => RotaVersions.Week(shift.RotaVersion);

    /// <param name="acknowledged">The acknowledged version's shifts of the same week; null when it was never acknowledged.</param>
    public static ScheduledShift Mark(ShiftAssignment shift, IReadOnlyList<ShiftAssignment>? acknowledged)
    {
        if (acknowledged is null || Match(shift, acknowledged) is not { } before)
            return new ScheduledShift(shift, ShiftChange.New, [], []);
        var earlier = before.Stops.Where(s => s.StopId is not null).ToDictionary(s => s.StopId!, StringComparer.Ordinal);
        var changed = shift.Stops
            .Where(s => s.StopId is not null && (!earlier.TryGetValue(s.StopId, out var was) || Begins(was) != Begins(s)))
            .Select(s => s.StopId!).ToList();
        var kept = shift.Stops.Where(s => s.StopId is not null).Select(s => s.StopId!).ToHashSet(StringComparer.Ordinal);
        var removed = before.Stops.Where(s => s.StopId is not null && !kept.Contains(s.StopId)).ToList();
        var same = changed.Count == 0 && removed.Count == 0 && shift.Start == before.Start && shift.End == before.End
            && shift.PartnerWorkerId == before.PartnerWorkerId;
        return new ScheduledShift(shift, same ? ShiftChange.Unchanged : ShiftChange.Changed, changed, removed);
    }

    /// <summary>The acknowledged shifts that no published shift matches any more.</summary>
    public static IEnumerable<ShiftAssignment> Removed(IReadOnlyList<ShiftAssignment> acknowledged, IReadOnlyList<ShiftAssignment> published) =>
        acknowledged.Where(a => !published.Any(p => Match(p, [a]) is not null));

    private static ShiftAssignment? Match(ShiftAssignment shift, IReadOnlyList<ShiftAssignment> candidates) =>
        candidates.FirstOrDefault(c => c.ShiftId.Length > 0 && c.ShiftId == shift.ShiftId)
        ?? candidates.FirstOrDefault(c => c.ShiftId != shift.ShiftId && c.Start < shift.End && shift.Start < c.End);

    private static DateTimeOffset Begins(AssignedStop stop) => stop.Start ?? stop.Arrival;
}
