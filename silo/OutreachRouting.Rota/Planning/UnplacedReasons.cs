using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota.Planning;

/// <summary>
/// Why a due visit is not in the rota, found by asking in turn what a manager would: is any window long enough,
/// was a pin possible, does anyone work then, does anyone working then have what it needs, do the venue's other
/// visits leave room; if all that holds, the shifts that could make it are full.
/// </summary>
internal sealed class UnplacedReasons(TeamWeek week, IReadOnlyList<PlannedShift> shifts, RoutingProblem problem, PlaceTable places)
{
    public UnplacedVisit Explain(DueVisit visit, VisitPin? pin, IReadOnlyCollection<int> placedDays)
    {
        var venue = visit.Venue;
        var windows = string.Join(", ", venue.AccessWindows.Select(TeamWeek.Describe));
        if (visit.Starts.Count == 0)
        {
            var longest = venue.AccessWindows.MaxBy(s => s.EndMinute - s.StartMinute);
            return Unplaced(visit, UnplacedReason.WindowTooShort, longest is null
                ? "It has no access window in the week."
                : $"Its longest access window ({TeamWeek.Describe(longest)}) is shorter than the {venue.VisitMinutes}-minute visit.");
        }
        if (pin is not null)
            return Unplaced(visit, UnplacedReason.PinNotPossible,
                $"It is pinned to {pin.WorkerId} on {pin.Day}, who has no shift then that can fit it.");
        var fitting = Enumerable.Range(0, shifts.Count).Where(v => Fits(v, visit)).ToList();
        if (fitting.Count == 0)
            return Unplaced(visit, UnplacedReason.NoShiftInWindow, $"No one works during its access windows ({windows}).");
        var capable = fitting.Where(v => (visit.Needs & ~problem.Vehicles[v].Skills) == 0).ToList();
        if (capable.Count == 0)
        {
            var lacking = visit.Needs & ~fitting.Aggregate(0UL, (bits, v) => bits | problem.Vehicles[v].Skills);
            var others = string.Join(" and ", week.Skills.Describe(lacking & ~SkillBits.Pair));
            return Unplaced(visit, UnplacedReason.NoOneWithNeeds, ((lacking & SkillBits.Pair) != 0, others.Length > 0) switch
            {
                (true, false) => $"No two workers are out together during its access windows ({windows}).",
                (true, true) => $"No two workers are out together, and no one with {others} works, during its access windows ({windows}).",
                (false, true) => $"No one with {others} works during its access windows ({windows}).",
                _ => $"No shift during its access windows ({windows}) has {string.Join(", ", week.Skills.Describe(visit.Needs))} together.",
            });
        }
        var spacing = Math.Max(1, venue.TargetIntervalDays - 1);
        if (capable.All(v => placedDays.Any(d => Math.Abs(d - shifts[v].Day) < spacing)))
            return Unplaced(visit, UnplacedReason.Spacing,
                $"Its other visits this week ({string.Join(", ", placedDays.Order().Select(d => WeekDays.Of(d).ToString()))}) leave no day {spacing} or more days from them for the shifts that could make it.");
        var names = capable.Take(3).Select(v => shifts[v].Id);
        return Unplaced(visit, UnplacedReason.NoCapacity,
            $"The shifts that could make it ({string.Join(", ", names)}{(capable.Count > 3 ? ", ..." : "")}) are full, or their travel to it costs more than it is worth.");
    }

    /// <summary>Whether the shift alone could go out, make the visit in one of its windows, and come back in time.</summary>
    private bool Fits(int v, DueVisit visit)
    {
        var vehicle = problem.Vehicles[v];
        var mode = shifts[v].Mode;
        var place = places[visit.Venue.Id];
        var there = places.Minutes(mode, vehicle.StartLocation, place);
        var back = places.Minutes(mode, place, vehicle.EndLocation);
        if (there + visit.Venue.VisitMinutes + back > vehicle.MaxDuration)
            return false;
        return visit.Starts.Any(w =>
        {
            var start = Math.Max(w.Start, vehicle.Shift.Start + there);
            return start <= w.End && start + visit.Venue.VisitMinutes + back <= vehicle.Shift.End;
        });
    }

    private static UnplacedVisit Unplaced(DueVisit visit, UnplacedReason reason, string message) =>
        new(visit.Venue.Id, visit.Number, reason, message);
}
