namespace OutreachRouting.Routing.Tests.Search;

/// <summary>On problems small enough to enumerate, the engine must find the optimum.</summary>
public class EnumerationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Small_problems_are_solved_to_optimality(int seed)
    {
        var problem = Problems.Random(7, 3, seed, windowWidth: 50, capacity: 30);
        var optimum = Optimum(problem);

        var result = RoutingEngine.Solve(problem, new SearchOptions { TimeLimit = null, MaxIterations = 300, Seed = seed });

        Assert.True(result.IsFeasible, string.Join("; ", result.Check.Violations));
        Assert.Equal(optimum, result.Objective, 6);
    }

    /// <summary>
    /// Best cost of each subset of jobs on one vehicle (all orders tried, the checker judging), then the best
    /// split of all jobs into at most as many subsets as there are vehicles (all vehicles are alike).
    /// </summary>
    private static double Optimum(RoutingProblem problem)
    {
        var n = problem.Jobs.Count;
        var best = new double[1 << n];
        for (var subset = 1; subset < best.Length; subset++)
        {
            var jobs = Enumerable.Range(0, n).Where(j => (subset & (1 << j)) != 0).ToArray();
            best[subset] = Permutations(jobs).Min(order => RouteCost(problem, order));
        }
        var full = best.Length - 1;
        var memo = new Dictionary<(int, int), double>();
        double Split(int remaining, int vehicles)
        {
            if (remaining == 0)
                return 0;
            if (vehicles == 0)
                return double.PositiveInfinity;
            if (memo.TryGetValue((remaining, vehicles), out var known))
                return known;
            // The lowest remaining job goes with some subset of the others: each split is counted once.
            var lowest = remaining & -remaining;
            var result = double.PositiveInfinity;
            for (var part = remaining; part > 0; part = (part - 1) & remaining)
            {
                if ((part & lowest) != 0)
                    result = Math.Min(result, best[part] + Split(remaining & ~part, vehicles - 1));
            }
            return memo[(remaining, vehicles)] = result;
        }
        return Split(full, problem.Vehicles.Count);
    }

    private static double RouteCost(RoutingProblem problem, int[] order)
    {
        var report = SolutionChecker.Check(problem, new Solution([Route.OfJobs(0, order)], []));
        return report.Violations.All(v => v.Kind == ViolationKind.MissingJob) ? report.Distance : double.PositiveInfinity;
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, k) => k != i).ToArray();
            foreach (var tail in Permutations(rest))
                yield return [items[i], .. tail];
        }
    }
}
