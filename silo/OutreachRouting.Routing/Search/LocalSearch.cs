using OutreachRouting.Routing.Search.Neighbourhoods;

namespace OutreachRouting.Routing.Search;

/// <summary>
/// Education step: first-improvement descent over the granular neighbourhoods until no move pays.
/// A pair (u, v) is tried again only when u's or v's route changed since u was last examined.
/// </summary>
internal sealed class LocalSearch
{
    private readonly ProblemData _data;
    private readonly Clock _clock;
    private readonly Neighbourhood[] _moves;
    private readonly RelocateSegment _relocate = new(1);
    private readonly ServiceSelection _selection;
    private readonly long[] _lastTested;
    private readonly int[] _order;
    private readonly bool _hasBreaks;
    private readonly bool _hasOptional;

    public LocalSearch(ProblemData data, Clock clock, Insertion insertion)
    {
        _data = data;
        _clock = clock;
        _moves =
        [
            _relocate, new RelocateSegment(2), new RelocateSegment(3),
            new ExchangeSegments(1, 1), new ExchangeSegments(2, 1), new ExchangeSegments(2, 2),
            new TwoOptStar(),
        ];
        _selection = new ServiceSelection(insertion, clock, data.JobCount);
        _lastTested = new long[data.JobCount];
        _order = [.. Enumerable.Range(0, data.JobCount)];
        _hasBreaks = data.NodeCount > data.JobCount;
        _hasOptional = data.Optional.Any(o => o);
    }

    /// <summary>
    /// Descends to a local optimum. <paramref name="higherPrices"/>: the same state as the last descent, at prices no
    /// lower, as in a repair; a left-out job refused then is refused again by every route unchanged since, because
    /// adding a job never shortens its route's time warp, so that work is not repeated.
    /// </summary>
    public void Run(SearchState state, Penalties penalties, Random random, Budget budget, bool higherPrices = false)
    {
        if (budget.Exhausted)
            return;
        var neighbours = _data.Neighbours;
        random.Shuffle(_order);
        if (!higherPrices)
            _selection.Reset();
        var improved = true;
        while (improved)
        {
            improved = false;
            foreach (var u in _order)
            {
                if (budget.Exhausted)
                    return;
                if (state.RouteOf[u] is null)
                    continue;
                var tested = _lastTested[u];
                _lastTested[u] = _clock.Now;
                foreach (var v in neighbours[u])
                {
                    if (state.RouteOf[v] is not { } routeV || tested > Math.Max(state.RouteOf[u]!.Stamp, routeV.Stamp))
                        continue;
                    foreach (var move in _moves)
                    {
                        if (move.TryImprove(state, penalties, u, v) < 0)
                        {
                            improved = true;
                            break;
                        }
                    }
                }
                if (tested <= state.RouteOf[u]!.Stamp && FirstEmptyRoute(state, u) is { } empty)
                    improved |= _relocate.TryMove(state, penalties, u, empty, 0) < 0;
            }
            if (_hasBreaks)
            {
                foreach (var route in state.Routes)
                {
                    if (!route.IsEmpty)
                        improved |= BreakPlacement.Improve(state, penalties, route);
                }
            }
            if (_hasOptional || state.Unassigned().Any())
                improved |= _selection.Improve(state, penalties, random);
        }
    }

    private static SearchRoute? FirstEmptyRoute(SearchState state, int u)
    {
        foreach (var route in state.Routes)
        {
            if (route.IsEmpty && state.CanTake(route, u))
                return route;
        }
        return null;
    }
}
