namespace OutreachRouting.Routing.Search;

/// <summary>
/// Cheapest place to insert a job, over every route and position (O(visits) with O(1) checks each).
/// A place that adds no time warp or excess load always beats one that does, whatever the penalties.
/// </summary>
internal sealed class Insertion(ProblemData data)
{
    /// <summary>Once the budget is spent, a job is offered only the routes of this many of its nearest jobs, and an empty one.</summary>
    private const int NearJobs = 24;

    private readonly int[] _classSeen = new int[data.VehicleCount];
    private readonly int[] _nearCall = new int[data.VehicleCount];
    private int _call;

    /// <summary>
    /// Route, position (insert after it) and cost change of the cheapest insertion. <paramref name="blink"/> is the
    /// chance of skipping a position, which lets repeated recreates differ (SISR's blinks).
    /// </summary>
    /// <param name="changedAfter">Only routes changed since this clock time are tried (-1: every route).</param>
    /// <param name="nearOnly">Only the routes of the job's nearest jobs, and an empty route: quick, for when time is up.</param>
    public (SearchRoute? Route, int After, double Delta) Best(
        SearchState state, Penalties penalties, int job, Random random, double blink, long changedAfter = -1, bool nearOnly = false)
    {
        _call++;
        if (nearOnly)
        {
            foreach (var near in data.Nearest[job].AsSpan(0, Math.Min(NearJobs, data.Nearest[job].Length)))
            {
                if (state.RouteOf[near] is { } route)
                    _nearCall[route.Vehicle] = _call;
            }
        }
        SearchRoute? bestRoute = null;
        int bestAfter = 0;
        var bestDelta = double.PositiveInfinity;
        var bestClean = false;
        foreach (var route in state.Routes)
        {
            if (route.Stamp <= changedAfter || (nearOnly && !route.IsEmpty && _nearCall[route.Vehicle] != _call) || !state.CanTake(route, job))
                continue;
            if (route.IsEmpty && data.VehicleClass[route.Vehicle] >= 0)
            {
                // Empty vehicles of one class are interchangeable: try only the first.
                var cls = data.VehicleClass[route.Vehicle];
                if (_classSeen[cls] == _call)
                    continue;
                _classSeen[cls] = _call;
            }
            var assignment = data.AssignmentCost[route.Vehicle * data.JobCount + job];
            var baseCost = route.Cost(penalties) - assignment;
            var fixedCost = route.IsEmpty ? route.FixedCost : 0;
            var warp = route.TimeWarp + 1e-9;
            var location = data.Location[job];
            for (var after = 0; after <= route.Count; after++)
            {
                if (blink > 0 && random.NextDouble() < blink)
                    continue;
                // Inserting never lowers a penalty, so once a clean place is known, the distance detour alone
                // rules most places out before any timing (NaN next to a break: no conclusion).
                if (bestClean && Detour(route, after, location) + fixedCost + assignment >= bestDelta)
                    continue;
                var head = route.Prefix(after);
                var joined = Segment.Join(head, data.SingleFor(route.Vehicle, job), route.Travel);
                joined = Segment.Join(joined, route.Suffix(after + 1), route.Travel);
                var delta = route.CostOf(joined, true, penalties) - baseCost;
                var clean = route.WarpOf(joined) <= warp && joined.Load - route.Capacity <= route.Excess;
                if ((clean && !bestClean) || (clean == bestClean && delta < bestDelta))
                {
                    bestClean = clean;
                    bestDelta = delta;
                    bestRoute = route;
                    bestAfter = after;
                }
            }
        }
        return (bestRoute, bestAfter, bestDelta);
    }

    private static double Detour(SearchRoute route, int after, int location)
    {
        int before = route.LocationAt(after), next = route.LocationAt(after + 1);
        return before < 0 || next < 0
            ? double.NaN
            : route.Travel.Distance(before, location) + route.Travel.Distance(location, next) - route.Travel.Distance(before, next);
    }

    /// <summary>
    /// Inserts each job where it is cheapest, or leaves it out when that costs less. Once <paramref name="budget"/>
    /// is spent, each remaining job looks only near itself, so that a thousand-job construction ends on time.
    /// </summary>
    public void InsertAll(SearchState state, Penalties penalties, IEnumerable<int> jobs, Random random, double blink, Budget? budget = null)
    {
        foreach (var job in jobs)
        {
            var (route, after, delta) = Best(state, penalties, job, random, blink, nearOnly: budget?.Exhausted == true);
            if (route is null || delta >= data.UnassignedCost[job])
                continue;
            state.Assign(job, route, after);
            state.Refresh(route);
        }
    }
}
