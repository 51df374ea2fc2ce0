using OutreachRouting.Rota;

namespace OutreachRouting.TestSupport.Week;

/// <summary>
/// How much of a published rota a sickness re-plan kept, over the days it re-planned (the days before are kept
/// whole, so counting them would only flatter it). A stop is a visit or a session; the sick worker's shifts are
/// the affected ones, pairs included. An unaffected stop is unchanged when the new rota has the same stop (venue
/// and visit number, or session) on a shift of the same worker or pair on the same day, in any order.
/// </summary>
/// <param name="SickVisits">Visits on the sick worker's re-planned shifts: each is either re-placed on another shift or left unplaced.</param>
public sealed record ReplanStability(int Unaffected, int Unchanged, int SickVisits, int Replaced, int LeftUnplaced)
{
    public double UnchangedShare => Unaffected == 0 ? 1 : (double)Unchanged / Unaffected;

    public static ReplanStability Measure(PlanningInput input, WeeklyRota published, WeeklyRota replanned, string sickWorkerId, DateOnly from)
    {
        var clock = WeekClock.Parse(input.Week);
        bool Replanned(RotaShift s) => SickLeave.DateOf(clock, s) >= from;
        var shifts = published.Shifts.Where(Replanned).ToList();
        var sick = shifts.Where(s => s.WorkerIds.Contains(sickWorkerId)).ToList();
        var others = Stops(shifts.Except(sick)).ToList();
        var now = Stops(replanned.Shifts.Where(Replanned)).CountBy(s => s).ToDictionary();
        var unchanged = 0;
        foreach (var stop in others)
        {
            if (now.TryGetValue(stop, out var left) && left > 0)
            {
                now[stop] = left - 1;
                unchanged++;
            }
        }
        var placed = replanned.Shifts.SelectMany(s => s.Stops).Where(t => t.Kind == RotaStopKind.Visit).Select(t => (t.VenueId, t.Visit)).ToHashSet();
        var sickVisits = sick.SelectMany(s => s.Stops).Where(t => t.Kind == RotaStopKind.Visit).ToList();
        return new ReplanStability(
            others.Count,
            unchanged,
            sickVisits.Count,
            sickVisits.Count(t => placed.Contains((t.VenueId, t.Visit))),
            sickVisits.Count(t => replanned.Unplaced.Any(u => u.VenueId == t.VenueId && u.Visit == t.Visit)));
    }

    /// <summary>Each visit and session stop, as who made it on which day and what it was.</summary>
    private static IEnumerable<(string Workers, DayOfWeek Day, RotaStopKind Kind, string? Venue, string? Session, int Visit)> Stops(IEnumerable<RotaShift> shifts) =>
        shifts.SelectMany(s => s.Stops.Where(t => t.Kind != RotaStopKind.Break)
            .Select(t => (string.Join('+', s.WorkerIds.Order(StringComparer.Ordinal)), s.Day, t.Kind, t.VenueId, t.SessionId, t.Visit)));
}
