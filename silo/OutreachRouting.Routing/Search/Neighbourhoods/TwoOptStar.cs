namespace OutreachRouting.Routing.Search.Neighbourhoods;

/// <summary>
/// 2-opt*: cuts u's route after u and v's route before v, and joins u's head to v's tail and v's head to u's tail,
/// creating the arc u→v.
/// </summary>
internal sealed class TwoOptStar : Neighbourhood
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
        if (!CanMove(state, a, p + 1, a.Count, b) || !CanMove(state, b, q, b.Count, a))
            return 0;

        var jobsA = a.JobsBetween(1, p) + b.JobsBetween(q, b.Count);
        var jobsB = b.JobsBetween(1, q - 1) + a.JobsBetween(p + 1, a.Count);
        var shift = AssignmentShift(data, a, p + 1, a.Count, b) + AssignmentShift(data, b, q, b.Count, a);
        // With both routes free of penalty, distance alone bounds the gain.
        if (a.IsFeasible && b.IsFeasible && a.SharesEndWith(b))
        {
            var bound = a.ArcDistance(p, q, b) + b.ArcDistance(q - 1, p + 1, a) - a.ArcDistance(p, p + 1) - b.ArcDistance(q - 1, q)
                - (jobsA == 0 ? a.FixedCost : 0) - (jobsB == 0 ? b.FixedCost : 0)
                + shift;
            if (bound >= -Epsilon)
                return 0;
        }
        var newA = b.JoinTail(a.Prefix(p), q, a);
        var newB = a.JoinTail(b.Prefix(q - 1), p + 1, b);
        var delta = a.CostOf(newA, jobsA > 0, penalties) - a.Cost(penalties)
            + b.CostOf(newB, jobsB > 0, penalties) - b.Cost(penalties)
            + shift;
        if (delta > -Epsilon)
            return 0;

        var tailA = a.Visits.Skip(p).ToArray();
        var tailB = b.Visits.Skip(q - 1).ToArray();
        a.RemoveRange(p + 1, tailA.Length);
        a.InsertRange(p + 1, tailB);
        b.RemoveRange(q, tailB.Length);
        b.InsertRange(q, tailA);
        state.Refresh(a);
        state.Refresh(b);
        return delta;
    }
}
