namespace OutreachRouting.Routing.Search.Neighbourhoods;

/// <summary>
/// Drops optional jobs that cost more to serve than their penalty, and adds left-out jobs that now fit cheaply.
/// A left-out optional job is offered again only the routes changed since it was last found not worth adding: within
/// one descent the prices and the other routes are as they were, so those would refuse it again. With many jobs left
/// out (a rota has more visits due than hours), trying every one in every route on every pass would be most of the search.
/// A mandatory job is offered every route each time: it must go somewhere, clean or not.
/// </summary>
internal sealed class ServiceSelection(Insertion insertion, Clock clock, int jobCount)
{
    private const double Epsilon = 1e-7;

    private readonly long[] _refusedAt = new long[jobCount];

    /// <summary>Forgets what was refused: a new descent may have other prices or another state.</summary>
    public void Reset() => Array.Fill(_refusedAt, -1);

    public bool Improve(SearchState state, Penalties penalties, Random random)
    {
        var data = state.Data;
        var improved = false;
        for (var job = 0; job < data.JobCount; job++)
        {
            if (!data.Optional[job] || state.RouteOf[job] is not { } route)
                continue;
            var p = state.PositionOf[job];
            var without = Segment.Join(route.Prefix(p - 1), route.Suffix(p + 1), route.Travel);
            var saving = route.Cost(penalties) - route.CostOf(without, route.JobCount > 1, penalties)
                + data.AssignmentCost[route.Vehicle * data.JobCount + job];
            if (saving > data.UnassignedCost[job] + Epsilon)
            {
                state.Unassign(job);
                state.Refresh(route);
                _refusedAt[job] = -1;
                improved = true;
            }
        }
        foreach (var job in state.Unassigned().ToList())
        {
            var (route, after, delta) = insertion.Best(state, penalties, job, random, 0, data.Optional[job] ? _refusedAt[job] : -1);
            if (route is not null && delta < data.UnassignedCost[job] - Epsilon)
            {
                state.Assign(job, route, after);
                state.Refresh(route);
                improved = true;
            }
            else
            {
                _refusedAt[job] = clock.Now;
            }
        }
        return improved;
    }
}
