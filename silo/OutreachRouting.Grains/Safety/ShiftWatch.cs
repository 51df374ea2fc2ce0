using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Safety;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Grains.Safety;

/// <summary>
/// What a shift expects of its worker next. A shift is checked into at its start and out of at its end; a worker who
/// checks in at a stop is then expected at the next stop when it begins, and after the last one at the check-out.
/// A check that never came does not stop the watch: the check-out is still expected.
/// </summary>
public static class ShiftWatch
{
    /// <summary>How long before a shift's start its check-in is taken.</summary>
    public static readonly TimeSpan EarliestCheckIn = TimeSpan.FromHours(1);

    /// <summary>The stops a worker can check in at, in visiting order: visits and sessions, not breaks.</summary>
    public static IReadOnlyList<AssignedStop> CheckStops(ShiftAssignment shift) =>
        [.. shift.Stops.Where(s => s.Kind != RotaStopKind.Break && s.StopId is not null)];

    /// <summary>The checks the shift still expects, in order, overdue <paramref name="grace"/> after they are due.</summary>
    public static IEnumerable<ExpectedCheck> Expected(WatchedShift watched, TimeSpan grace)
    {
        var shift = watched.Shift;
        if (watched.CheckedOutAt is not null)
            yield break;
        if (watched.CheckedInAt is null)
        {
            // Published when its check-in was already overdue (a re-plan the worker may not have seen): due from then.
            var due = shift.Start + grace < watched.WatchedSince ? watched.WatchedSince : shift.Start;
            yield return new ExpectedCheck(shift.ShiftId, AlertKind.MissedCheckIn, due, due + grace);
        }
        else if (watched.LastStop >= 0 && CheckStops(shift) is var stops && watched.LastStop + 1 < stops.Count)
        {
            var next = stops[watched.LastStop + 1];
            var at = next.Start ?? next.Arrival;
            yield return new ExpectedCheck(shift.ShiftId, AlertKind.MissedStopCheckIn, at, at + grace, next.StopId);
        }

        yield return new ExpectedCheck(shift.ShiftId, AlertKind.MissedCheckOut, shift.End, shift.End + grace);
    }

    /// <summary>The first expected check not yet reported.</summary>
    public static ExpectedCheck? Next(WatchedShift watched, TimeSpan grace) =>
        Expected(watched, grace).FirstOrDefault(c => !watched.Reported.Contains(Key(c)));

    public static string Key(ExpectedCheck check) => $"{check.Kind}@{check.At.UtcTicks}";

    /// <summary>Whether the worker can check in to the shift at <paramref name="now"/>: from an hour before it until it ends.</summary>
    public static bool TakesCheckIn(WatchedShift watched, DateTimeOffset now) =>
        watched.CheckedOutAt is null && watched.Shift.Start - EarliestCheckIn <= now && now < watched.Shift.End;

    /// <summary>How long after a shift's end it can still be checked out of (or an alarm raised on it).</summary>
    public static readonly TimeSpan LatestCheckOut = TimeSpan.FromHours(12);

    /// <summary>Whether the shift is, or should be, under way at <paramref name="now"/>: not checked out, and near its hours.</summary>
    public static bool UnderWay(WatchedShift watched, DateTimeOffset now) =>
        watched.CheckedOutAt is null && watched.Shift.Start - EarliestCheckIn <= now && now < watched.Shift.End + LatestCheckOut;
}
