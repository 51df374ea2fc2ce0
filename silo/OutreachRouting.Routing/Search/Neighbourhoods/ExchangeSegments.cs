namespace OutreachRouting.Routing.Search.Neighbourhoods;

/// <summary>
/// Swaps the run of <c>lengthU</c> visits starting at u with the run of <c>lengthV</c> visits starting at v,
/// between two routes. (1, 1) is the classic swap; longer runs make a small cross-exchange.
/// </summary>
internal sealed class ExchangeSegments(int lengthU, int lengthV) : Neighbourhood
{
    public override double TryImprove(SearchState state, Penalties penalties, int u, int v)
    {
        var data = state.Data;
        var a = state.RouteOf[u]!;
        var b = state.RouteOf[v]!;
        if (a == b)
            return 0;
        var p = state.PositionOf[u];
        var q = state.PositionOf[v];
        var lastU = p + lengthU - 1;
        var lastV = q + lengthV - 1;
        if (lastU > a.Count || lastV > b.Count || !CanMove(state, a, p, lastU, b) || !CanMove(state, b, q, lastV, a))
            return 0;
        var shift = AssignmentShift(data, a, p, lastU, b) + AssignmentShift(data, b, q, lastV, a);
        // With both routes free of penalty, distance alone bounds the gain.
        if (a.IsFeasible && b.IsFeasible && a.Travel == b.Travel)
        {
            var bound = a.ArcDistance(p - 1, q, b) + b.ArcDistance(lastV, lastU + 1, a) - a.ArcDistance(p - 1, p) - a.ArcDistance(lastU, lastU + 1)
                + b.ArcDistance(q - 1, p, a) + a.ArcDistance(lastU, lastV + 1, b) - b.ArcDistance(q - 1, q) - b.ArcDistance(lastV, lastV + 1)
                + shift;
            if (bound >= -Epsilon)
                return 0;
        }

        var newA = a.Prefix(p - 1);
        for (var r = q; r <= lastV; r++)
            newA = Extend(data, newA, b[r], a);
        newA = Segment.Join(newA, a.Suffix(lastU + 1), a.Travel);
        var newB = b.Prefix(q - 1);
        for (var r = p; r <= lastU; r++)
            newB = Extend(data, newB, a[r], b);
        newB = Segment.Join(newB, b.Suffix(lastV + 1), b.Travel);

        var jobsU = a.JobsBetween(p, lastU);
        var jobsV = b.JobsBetween(q, lastV);
        var delta = a.CostOf(newA, a.JobCount - jobsU + jobsV > 0, penalties) - a.Cost(penalties)
            + b.CostOf(newB, b.JobCount - jobsV + jobsU > 0, penalties) - b.Cost(penalties)
            + shift;
        if (delta > -Epsilon)
            return 0;

        var runU = a.Visits.Skip(p - 1).Take(lengthU).ToArray();
        var runV = b.Visits.Skip(q - 1).Take(lengthV).ToArray();
        a.RemoveRange(p, lengthU);
        a.InsertRange(p, runV);
        b.RemoveRange(q, lengthV);
        b.InsertRange(q, runU);
        state.Refresh(a);
        state.Refresh(b);
        return delta;
    }
}
