namespace OutreachRouting.Routing.Search.Neighbourhoods;

/// <summary>Moves each break of a route to the position where the route costs least. O(visits²) per break; shifts are short.</summary>
internal static class BreakPlacement
{
    public static bool Improve(SearchState state, Penalties penalties, SearchRoute route)
    {
        var data = state.Data;
        var improved = false;
        foreach (var node in data.VehicleBreaks[route.Vehicle])
        {
            var current = route.Cost(penalties);
            var from = state.PositionOf[node];
            route.RemoveAt(from);
            route.Update();
            var (bestAfter, bestCost) = (from - 1, current);
            for (var after = 0; after <= route.Count; after++)
            {
                var segment = route.Prefix(after);
                segment = Segment.Join(segment, data.SingleFor(route.Vehicle, node), route.Travel);
                for (var p = after + 1; p <= route.Count; p++)
                    segment = Segment.Join(segment, data.SingleFor(route.Vehicle, route[p]), route.Travel);
                segment = Segment.Join(segment, route.EndSegment, route.Travel);
                var cost = route.CostOf(segment, route.JobCount > 0, penalties);
                if (cost < bestCost - 1e-7)
                    (bestAfter, bestCost) = (after, cost);
            }
            route.Insert(bestAfter + 1, node);
            if (bestAfter == from - 1)
            {
                route.Update();
                continue;
            }
            state.Refresh(route);
            improved = true;
        }
        return improved;
    }
}
