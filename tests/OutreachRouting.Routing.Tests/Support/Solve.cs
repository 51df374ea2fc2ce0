namespace OutreachRouting.Routing.Tests.Support;

internal static class Solve
{
    /// <summary>A short, deterministic search whose plan the checker must pass.</summary>
    public static SearchResult Feasibly(RoutingProblem problem, long iterations = 100, int seed = 1)
    {
        var result = RoutingEngine.Solve(problem, new SearchOptions { TimeLimit = null, MaxIterations = iterations, Seed = seed });
        Assert.True(result.IsFeasible, string.Join("; ", result.Check.Violations));
        return result;
    }

    public static int VehicleOf(SearchResult result, int job) =>
        result.Solution.Routes.FirstOrDefault(r => r.Jobs.Contains(job))?.Vehicle ?? -1;
}
