namespace OutreachRouting.Engine.Search.Neighbourhoods;

/// <summary>Drops optional jobs that cost more to serve than their penalty, and adds left-out jobs that now fit cheaply.</summary>
internal sealed class ServiceSelection(Insertion insertion)
{
    private const double Epsilon = 1e-7;

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
                improved = true;
            }
        }
        foreach (var job in state.Unassigned().ToList())
        {
            var (route, after, delta) = insertion.Best(state, penalties, job, random, 0);
            if (route is not null && delta < data.UnassignedCost[job] - Epsilon)
            {
                state.Assign(job, route, after);
                state.Refresh(route);
                improved = true;
            }
        }
        return improved;
    }
}
