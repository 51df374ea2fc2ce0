namespace OutreachRouting.Routing.Tests.Support;

/// <summary>Search states built from scratch, so that nothing incremental carries over.</summary>
internal static class States
{
    public static SearchState From(ProblemData data, Solution solution)
    {
        var state = new SearchState(data, new Clock());
        foreach (var route in solution.Routes)
        {
            // Rebuilt stop by stop, breaks where the solution has them.
            var target = state.Routes[route.Vehicle];
            target.RemoveRange(1, target.Count);
            foreach (var stop in route.Stops)
            {
                if (stop.Kind == StopKind.Job)
                    state.Assign(stop.Index, target, target.Count);
                else
                    target.Insert(target.Count + 1, data.VehicleBreaks[route.Vehicle][stop.Index]);
            }
            state.Refresh(target);
        }
        return state;
    }

    /// <summary>Every job on a random vehicle in random order: usually late and overloaded somewhere.</summary>
    public static SearchState Random(ProblemData data, int seed)
    {
        var random = new Random(seed);
        var routes = Enumerable.Range(0, data.VehicleCount).Select(_ => new List<int>()).ToArray();
        foreach (var job in Enumerable.Range(0, data.JobCount).OrderBy(_ => random.Next()))
            routes[random.Next(routes.Length)].Add(job);
        return From(data, new Solution([.. routes.Select((jobs, v) => Route.OfJobs(v, jobs))], []));
    }

    /// <summary>
    /// Jobs in random order, each at a random place the checker accepts: a feasible but poor plan, with
    /// improving moves of every kind. Needs a vehicle per job, so that an empty one is always left.
    /// </summary>
    public static SearchState RandomFeasible(ProblemData data, int seed)
    {
        var random = new Random(seed);
        var routes = Enumerable.Range(0, data.VehicleCount).Select(_ => new List<int>()).ToArray();
        foreach (var job in Enumerable.Range(0, data.JobCount).OrderBy(_ => random.Next()))
        {
            var places = new List<(int Vehicle, int Index)>();
            for (var v = 0; v < routes.Length; v++)
            {
                for (var i = 0; i <= routes[v].Count; i++)
                {
                    List<int> trial = [.. routes[v]];
                    trial.Insert(i, job);
                    if (SolutionChecker.Check(data.Problem, new Solution([Route.OfJobs(v, trial)], [])).Violations.All(x => x.Kind == ViolationKind.MissingJob))
                        places.Add((v, i));
                }
            }
            var (vehicle, index) = places[random.Next(places.Count)];
            routes[vehicle].Insert(index, job);
        }
        return From(data, new Solution([.. routes.Select((jobs, v) => Route.OfJobs(v, jobs))], []));
    }
}
