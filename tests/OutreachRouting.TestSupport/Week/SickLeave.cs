using OutreachRouting.Rota;

namespace OutreachRouting.TestSupport.Week;

/// <summary>
/// The re-plan a manager makes when someone phones in sick: the published rota is kept up to the day they fall
/// ill, they are off from then to Sunday, and the rest of the week is planned again.
/// </summary>
public static class SickLeave
{
    /// <summary>Whoever has the most visits and sessions on shifts from <paramref name="from"/> on: the hardest absence to cover (ties to the first id).</summary>
    public static string BusiestFrom(PlanningInput input, WeeklyRota rota, DateOnly from)
    {
        var clock = WeekClock.Parse(input.Week);
        return input.Workers
            .Select(w => (w.Id, Stops: rota.Shifts
                .Where(s => s.WorkerIds.Contains(w.Id) && DateOf(clock, s) >= from)
                .Sum(s => s.Stops.Count(t => t.Kind != RotaStopKind.Break))))
            .OrderByDescending(w => w.Stops)
            .ThenBy(w => w.Id, StringComparer.Ordinal)
            .First().Id;
    }

    /// <summary>The re-plan's input: <paramref name="workerId"/> off from <paramref name="from"/> to Sunday, the published rota kept before it.</summary>
    public static PlanningInput Replan(PlanningInput input, WeeklyRota published, string workerId, DateOnly from)
    {
        var clock = WeekClock.Parse(input.Week);
        var sick = Enumerable.Range(0, 7).Select(clock.Date).Where(d => d >= from).ToList();
        return input with
        {
            Workers = [.. input.Workers.Select(w => w.Id == workerId ? w with { DaysOff = [.. w.DaysOff.Union(sick).Order()] } : w)],
            Published = published,
            KeepBefore = from,
        };
    }

    /// <summary>The date a shift is filed under: a night shift's is the evening it starts.</summary>
    public static DateOnly DateOf(WeekClock clock, RotaShift shift) => clock.Date(WeekDays.Index(shift.Day));
}
