using OutreachRouting.Rota;

namespace OutreachRouting.TestSupport.Week;

/// <summary>
/// Slots for one kind of session at one venue: a weekday no other session of the team has taken (<paramref name="days"/>,
/// shared), at one of the usual <paramref name="hours"/>, that the team can staff.
/// </summary>
/// <param name="hours">Start and end as hhmm, e.g. (930, 1230).</param>
internal sealed class SessionSlots(
    Staffing staffing,
    IReadOnlyList<PlanningWorker> workers,
    List<DayOfWeek> days,
    string venueId,
    string idPrefix,
    (int Start, int End)[] hours,
    IReadOnlyList<WorkerSkill> skills,
    Random random)
{
    public PlanningSession Place(string name, int workersNeeded, IReadOnlyList<string> languages, bool womenOnly) =>
        TryPlace(name, workersNeeded, languages, womenOnly)
        ?? throw new InvalidOperationException($"No weekday slot for '{name}' at {venueId} can be staffed.");

    public PlanningSession? TryPlace(string name, int workersNeeded, IReadOnlyList<string> languages, bool womenOnly)
    {
        var candidates = AccessWindows.Weekdays.Where(d => !days.Contains(d))
            .SelectMany(day => hours.Select(h => AccessWindows.Slot(day, Time(h.Start), Time(h.End))))
            .ToArray();
        random.Shuffle(candidates);
        foreach (var slot in candidates)
        {
            var session = new PlanningSession(
                $"{idPrefix}-{slot.Day.ToString().ToLowerInvariant()}", name, venueId, slot, workersNeeded, skills, languages, womenOnly);
            if (staffing.CanStaff(session, workers))
            {
                days.Add(slot.Day);
                return session;
            }
        }
        return null;
    }

    private static TimeOnly Time(int hhmm) => new(hhmm / 100, hhmm % 100);
}
