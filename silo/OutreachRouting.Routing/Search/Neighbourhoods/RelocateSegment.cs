namespace OutreachRouting.Routing.Search.Neighbourhoods;

/// <summary>
/// Moves a run of <c>length</c> consecutive visits starting at u to just after v (or to the front of v's route
/// when v is first). Length 1 is relocate; lengths 2 and 3 are or-opt.
/// </summary>
internal sealed class RelocateSegment(int length) : Neighbourhood
{
    public override double TryImprove(SearchState state, Penalties penalties, int u, int v)
    {
        var target = state.RouteOf[v]!;
        var q = state.PositionOf[v];
        var delta = TryMove(state, penalties, u, target, q);
        return delta < 0 || q != 1 ? delta : TryMove(state, penalties, u, target, 0);
    }

    /// <summary>Moves the run starting at <paramref name="u"/> after position <paramref name="after"/> of <paramref name="target"/> if that pays; returns the change.</summary>
    public double TryMove(SearchState state, Penalties penalties, int u, SearchRoute target, int after)
    {
        var data = state.Data;
        var source = state.RouteOf[u]!;
        var p = state.PositionOf[u];
        var last = p + length - 1;
        if (last > source.Count)
            return 0;
        double delta;
        if (source == target)
        {
            if (after >= p - 1 && after <= last || source.IsFeasible && DistanceChange(data, source, p, last, target, after) >= -Epsilon)
                return 0;
            delta = source.CostOf(IntraRoute(data, source, p, last, after), source.JobCount > 0, penalties) - source.Cost(penalties);
        }
        else
        {
            if (!CanMove(state, source, p, last, target))
                return 0;
            var moved = source.JobsBetween(p, last);
            var bound = DistanceChange(data, source, p, last, target, after)
                - (source.JobCount == moved ? source.FixedCost : 0) + (target.IsEmpty ? target.FixedCost : 0)
                + AssignmentShift(data, source, p, last, target);
            if (source.IsFeasible && bound >= -Epsilon)
                return 0;
            var rest = Segment.Join(source.Prefix(p - 1), source.Suffix(last + 1), source.Travel);
            var joined = target.Prefix(after);
            for (var r = p; r <= last; r++)
                joined = Extend(data, joined, source[r], target);
            joined = Segment.Join(joined, target.Suffix(after + 1), target.Travel);
            delta = source.CostOf(rest, source.JobCount > moved, penalties) - source.Cost(penalties)
                + target.CostOf(joined, target.JobCount + moved > 0, penalties) - target.Cost(penalties)
                + AssignmentShift(data, source, p, last, target);
        }
        if (delta > -Epsilon)
            return 0;
        Apply(state, source, p, target, after);
        return delta;
    }

    /// <summary>
    /// Change in distance of the move, NaN when a break sits at a seam (then nothing is concluded). When the
    /// source route has no penalty to shed it bounds the change in cost from below, since inserting can only add
    /// time warp and load: most candidate moves are dismissed here without timing anything.
    /// </summary>
    private static double DistanceChange(ProblemData data, SearchRoute source, int first, int last, SearchRoute target, int after)
    {
        var firstLocation = data.Location[source[first]];
        var lastLocation = data.Location[source[last]];
        var before = target.LocationAt(after);
        var next = target.LocationAt(after + 1);
        if (firstLocation < 0 || lastLocation < 0 || before < 0 || next < 0 || target.Travel != source.Travel)
            return double.NaN;
        return source.ArcDistance(first - 1, last + 1) - source.ArcDistance(first - 1, first) - source.ArcDistance(last, last + 1)
            + target.Travel.Distance(before, firstLocation) + target.Travel.Distance(lastLocation, next) - target.Travel.Distance(before, next);
    }

    private Segment IntraRoute(ProblemData data, SearchRoute route, int first, int last, int after)
    {
        Segment segment;
        if (after < first)
        {
            segment = route.Prefix(after);
            for (var r = first; r <= last; r++)
                segment = Extend(data, segment, route[r], route);
            for (var r = after + 1; r < first; r++)
                segment = Extend(data, segment, route[r], route);
        }
        else
        {
            segment = route.Prefix(first - 1);
            for (var r = last + 1; r <= after; r++)
                segment = Extend(data, segment, route[r], route);
            for (var r = first; r <= last; r++)
                segment = Extend(data, segment, route[r], route);
        }
        return Segment.Join(segment, route.Suffix(Math.Max(after, last) + 1), route.Travel);
    }

    private void Apply(SearchState state, SearchRoute source, int p, SearchRoute target, int after)
    {
        var nodes = source.Visits.Skip(p - 1).Take(length).ToArray();
        source.RemoveRange(p, length);
        if (source == target && after > p)
            after -= length;
        target.InsertRange(after + 1, nodes);
        state.Refresh(source);
        if (target != source)
            state.Refresh(target);
    }
}
