using OutreachRouting.Rota.Planning;

namespace OutreachRouting.Rota;

/// <summary>A rota's figures, from its shifts and its input alone, so they stay true after manual edits.</summary>
public static class RotaMeasures
{
    public static RotaFigures Of(PlanningInput input, IReadOnlyList<RotaShift> shifts)
    {
        var week = new TeamWeek(input);
        var venues = input.Venues.ToDictionary(v => v.Id, StringComparer.Ordinal);
        var due = input.Venues.ToDictionary(v => v.Id, v => DueVisits.Owed(input, v, week.Clock), StringComparer.Ordinal);
        var visits = shifts.SelectMany(s => s.Stops).Where(s => s.Kind == RotaStopKind.Visit && s.VenueId is not null).ToList();
        var duePriority = due.Sum(d => d.Value * venues[d.Key].Priority);
        var placedPriority = visits.Sum(s => venues.TryGetValue(s.VenueId!, out var venue) ? venue.Priority : 0);
        var travel = shifts.Sum(s => s.Stops.Sum(t => t.TravelMinutes) + s.ReturnTravelMinutes);
        var shiftMinutes = shifts.Sum(s => (s.End - s.Start).TotalMinutes);
        var workers = week.Workers.Select(w =>
        {
            var own = shifts.Where(s => s.WorkerIds.Contains(w.Id)).ToList();
            return new WorkerFigures(
                w.Id,
                own.Sum(s => (s.End - s.Start).TotalHours),
                w.ContractedHours,
                own.Count,
                own.Count(s => week.IsNight(week.Clock.ToMinute(s.Start), week.Clock.ToMinute(s.End))));
        }).ToList();
        return new RotaFigures(
            due.Values.Sum(),
            visits.Count,
            duePriority == 0 ? 1 : (double)placedPriority / duePriority,
            travel,
            shiftMinutes,
            shiftMinutes == 0 ? 0 : travel / shiftMinutes,
            workers);
    }
}
