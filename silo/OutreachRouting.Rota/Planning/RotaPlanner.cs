using System.Diagnostics;
using OutreachRouting.Rota.Travel;
using OutreachRouting.Routing;

namespace OutreachRouting.Rota.Planning;

/// <summary>
/// Plans a team's week: the visits due, the shifts (sessions staffed first, hours spread, pairs formed), the routes
/// through the engine, then the rota with every unplaced visit's reason and the figures.
/// </summary>
public static class RotaPlanner
{
    /// <param name="options">The engine's search options; the time limit covers the whole plan, travel times included.</param>
    /// <param name="cancellation">Stops the search at once; a cancelled plan returns nothing (<see cref="OperationCanceledException"/>).</param>
    public static async Task<RotaPlan> PlanAsync(PlanningInput input, ITravelTimes travel, SearchOptions options,
        IProgress<SearchProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var week = new TeamWeek(input);
        var due = DueVisitList.Build(week);
        var places = await PlaceTable.BuildAsync(
            week.Workers.Select(w => week.Venues[w.BaseVenueId])
                .Concat(week.Input.Sessions.Select(s => week.Venues[s.VenueId]))
                .Concat(due.Select(v => v.Venue)),
            week.Workers.Select(w => w.TravelMode).Append(TravelMode.Walking).Append(TravelMode.PublicTransport),
            travel,
            cancellation);
        var shifts = ShiftBuilder.Build(week, due, places);
        var pins = ResolvePins(week, due, shifts);
        var placeable = due.Where(v => v.Starts.Count > 0 && (!pins.TryGetValue(v, out var pin) || pin.Shift >= 0)).ToList();
        var (problem, jobs) = ProblemBuilder.Build(week, shifts, placeable, pins.Where(p => p.Value.Shift >= 0).ToDictionary(p => p.Key, p => p.Value.Shift), places);
        var search = options with { TimeLimit = options.TimeLimit - clock.Elapsed };
        var result = RoutingEngine.Solve(problem, search, progress, cancellation);

        // The engine answers a cancellation with its best plan so far; a cancelled rota is no rota.
        cancellation.ThrowIfCancellationRequested();

        var (solution, check) = RouteRepair.Feasible(problem, jobs, result.Solution, result.Check);
        var rotaShifts = week.Frozen.Concat(RotaAssembler.Shifts(week, shifts, places, problem, jobs, solution, check))
            .OrderBy(s => s.Start).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var placed = rotaShifts.SelectMany(s => s.Stops.Where(t => t.Kind == RotaStopKind.Visit).Select(t => (t.VenueId!, t.Visit, s.Day))).ToList();
        var reasons = new UnplacedReasons(week, shifts, problem, places);
        var unplaced = due
            .Where(v => !placed.Any(p => p.Item1 == v.Venue.Id && p.Visit == v.Number))
            .Select(v => reasons.Explain(
                v,
                pins.TryGetValue(v, out var pin) ? pin.Pin : null,
                [.. placed.Where(p => p.Item1 == v.Venue.Id).Select(p => WeekDays.Index(p.Day))]))
            .ToList();
        var rota = new WeeklyRota(input.Team, input.Week, rotaShifts, unplaced, RotaMeasures.Of(input, rotaShifts));
        return new RotaPlan(rota, clock.Elapsed, result.Iterations, ChangeList.Compare(week, rota));
    }

    /// <summary>
    /// Each pin takes the venue's visit it names (or the next one) and the first shift of that worker on that day; a pin with no such
    /// shift (the worker is off, or not working then) gets shift -1: it cannot be kept.
    /// </summary>
    private static Dictionary<DueVisit, (VisitPin Pin, int Shift)> ResolvePins(TeamWeek week, IReadOnlyList<DueVisit> due, IReadOnlyList<PlannedShift> shifts)
    {
        var pins = new Dictionary<DueVisit, (VisitPin, int)>();
        foreach (var pin in week.Input.Pins.OrderBy(p => p.Visit == 0 ? 1 : 0))
        {
            var visit = due.FirstOrDefault(v => v.Venue.Id == pin.VenueId && !pins.ContainsKey(v) && (pin.Visit == 0 || v.Number == pin.Visit));
            if (visit is null)
                continue;
            var day = WeekDays.Index(pin.Day);
            pins[visit] = (pin, Enumerable.Range(0, shifts.Count).FirstOrDefault(s => shifts[s].Day == day && shifts[s].Workers.Any(w => w.Id == pin.WorkerId), -1));
        }
        return pins;
    }
}
