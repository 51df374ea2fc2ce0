using OutreachRouting.Routing.Solutions;

namespace OutreachRouting.Routing.Search;

/// <summary>A complete plan under search: one route per vehicle (most may be empty) and where every node sits.</summary>
internal sealed class SearchState
{
    private readonly Clock _clock;

    public SearchState(ProblemData data, Clock clock)
    {
        Data = data;
        _clock = clock;
        Routes = new SearchRoute[data.VehicleCount];
        RouteOf = new SearchRoute?[data.NodeCount];
        PositionOf = new int[data.NodeCount];
        for (var v = 0; v < Routes.Length; v++)
        {
            Routes[v] = new SearchRoute(data, v);
            // Breaks always ride with their vehicle; they only count once the vehicle serves a job.
            foreach (var node in data.VehicleBreaks[v])
                Routes[v].Insert(Routes[v].Count + 1, node);
            Refresh(Routes[v]);
        }
    }

    public ProblemData Data { get; }

    public SearchRoute[] Routes { get; }

    /// <summary>The route holding each node, or null for a job left out.</summary>
    public SearchRoute?[] RouteOf { get; }

    public int[] PositionOf { get; }

    public bool IsAssigned(int node) => RouteOf[node] is not null;

    public bool IsFeasible => Routes.All(r => r.IsFeasible);

    /// <summary>Recomputes a changed route and stamps it so local search looks at it again.</summary>
    public void Refresh(SearchRoute route)
    {
        route.Update();
        for (var p = 1; p <= route.Count; p++)
        {
            var node = route[p];
            RouteOf[node] = route;
            PositionOf[node] = p;
        }
        route.Stamp = _clock.Tick();
    }

    public void Unassign(int job)
    {
        var route = RouteOf[job]!;
        route.RemoveAt(PositionOf[job]);
        RouteOf[job] = null;
    }

    /// <summary>Puts <paramref name="job"/> after <paramref name="position"/>; the caller refreshes the route.</summary>
    public void Assign(int job, SearchRoute route, int position)
    {
        route.Insert(position + 1, job);
        RouteOf[job] = route;
    }

    /// <summary>Skills, pins, break ownership, and the spacing of the job's venue group on the route's day.</summary>
    public bool CanTake(SearchRoute route, int node)
    {
        if (node >= Data.JobCount)
            return Data.BreakOwner[node] == route.Vehicle;
        if (!Data.CanServeJob(route.Vehicle, node))
            return false;
        var group = Data.GroupOf[node];
        if (group < 0 || RouteOf[node]?.Day == route.Day)
            return true;
        foreach (var other in Data.Groups[group])
        {
            if (other != node && RouteOf[other] is { } r && Math.Abs(r.Day - route.Day) < Data.GroupSpacing[group])
                return false;
        }
        return true;
    }

    public double Cost(Penalties penalties)
    {
        double cost = 0;
        foreach (var route in Routes)
            cost += route.Cost(penalties) + route.AssignmentCost;
        for (var j = 0; j < Data.JobCount; j++)
        {
            if (RouteOf[j] is null)
                cost += Data.UnassignedCost[j];
        }
        return cost;
    }

    public void CopyFrom(SearchState other)
    {
        for (var v = 0; v < Routes.Length; v++)
        {
            var route = Routes[v];
            route.CopyFrom(other.Routes[v]);
            for (var p = 1; p <= route.Count; p++)
            {
                RouteOf[route[p]] = route;
                PositionOf[route[p]] = p;
            }
        }
        for (var j = 0; j < Data.JobCount; j++)
        {
            if (other.RouteOf[j] is null)
                RouteOf[j] = null;
        }
    }

    public IEnumerable<int> Unassigned()
    {
        for (var j = 0; j < Data.JobCount; j++)
        {
            if (RouteOf[j] is null)
                yield return j;
        }
    }

    public Solution ToSolution()
    {
        var routes = new List<Route>();
        foreach (var route in Routes.Where(r => !r.IsEmpty))
        {
            var stops = route.Visits
                .Select(node => node < Data.JobCount ? Stop.ForJob(node) : Stop.ForBreak(Array.IndexOf(Data.VehicleBreaks[route.Vehicle], node)))
                .ToList();
            routes.Add(new Route(route.Vehicle, stops));
        }
        return new Solution(routes, [.. Unassigned()]);
    }
}
