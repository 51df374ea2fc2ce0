namespace OutreachRouting.Routing.Search.Neighbourhoods;

/// <summary>
/// A family of moves around a pair of nodes that the granular neighbourhood deems close.
/// A move is applied only when it lowers the penalised cost.
/// </summary>
internal abstract class Neighbourhood
{
    /// <summary>Smallest gain worth a move; guards against cycling on rounding noise.</summary>
    protected const double Epsilon = 1e-7;

    /// <summary>
    /// Applies the first improving move that takes <paramref name="u"/> next to <paramref name="v"/>, and returns
    /// its change in penalised cost (negative), or 0 when no move pays.
    /// </summary>
    public abstract double TryImprove(SearchState state, Penalties penalties, int u, int v);

    /// <summary><paramref name="segment"/> followed by <paramref name="node"/>, timed on <paramref name="route"/>'s vehicle.</summary>
    protected static Segment Extend(ProblemData data, in Segment segment, int node, SearchRoute route) =>
        Segment.Join(segment, data.SingleFor(route.Vehicle, node), route.Travel);

    /// <summary>Change in assignment costs when the visits <paramref name="from"/>..<paramref name="to"/> of <paramref name="source"/> go to <paramref name="target"/>.</summary>
    protected static double AssignmentShift(ProblemData data, SearchRoute source, int from, int to, SearchRoute target)
    {
        if (!data.HasAssignmentCosts)
            return 0;
        double delta = 0;
        for (var p = from; p <= to; p++)
        {
            var node = source[p];
            if (node < data.JobCount)
                delta += data.AssignmentCost[target.Vehicle * data.JobCount + node] - data.AssignmentCost[source.Vehicle * data.JobCount + node];
        }
        return delta;
    }

    /// <summary>Whether every visit <paramref name="from"/>..<paramref name="to"/> of <paramref name="source"/> may go to <paramref name="target"/>.</summary>
    protected static bool CanMove(SearchState state, SearchRoute source, int from, int to, SearchRoute target)
    {
        if (source.RestrictedBetween(from, to) == 0)
            return true;
        for (var p = from; p <= to; p++)
        {
            if (!state.CanTake(target, source[p]))
                return false;
        }
        return true;
    }
}
