namespace OutreachRouting.Routing.Tests.Search;

public class EngineTests
{
    private static readonly RoutingProblem Problem = Problems.Random(60, 10, seed: 11, windowWidth: 80, capacity: 50);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_same_seed_and_iterations_give_the_same_plan(int parallelism)
    {
        var options = new SearchOptions { TimeLimit = null, MaxIterations = 150, Seed = 5, Parallelism = parallelism };
        var first = RoutingEngine.Solve(Problem, options);
        var second = RoutingEngine.Solve(Problem, options);
        Assert.True(first.IsFeasible);
        Assert.Equal(first.Objective, second.Objective);
        Assert.Equal(first.Solution.Routes.Select(r => (r.Vehicle, string.Join(",", r.Stops))), second.Solution.Routes.Select(r => (r.Vehicle, string.Join(",", r.Stops))));
    }

    [Fact]
    public void Progress_reports_improvements_ending_with_the_result()
    {
        var reports = new List<SearchProgress>();
        var result = RoutingEngine.Solve(Problem, new SearchOptions { TimeLimit = null, MaxIterations = 300 }, new Recorder(reports));
        Assert.NotEmpty(reports);
        Assert.All(reports.Zip(reports.Skip(1)), pair => Assert.True(pair.Second.Objective < pair.First.Objective));
        Assert.Equal(result.Objective, reports[^1].Objective, 6);
    }

    [Fact]
    public void Searching_longer_does_not_make_the_plan_worse()
    {
        var shortRun = RoutingEngine.Solve(Problem, new SearchOptions { TimeLimit = null, MaxIterations = 10 });
        var longRun = RoutingEngine.Solve(Problem, new SearchOptions { TimeLimit = null, MaxIterations = 400 });
        Assert.True(longRun.Objective <= shortRun.Objective + 1e-9);
    }

    [Fact]
    public void Cancellation_returns_a_checked_plan_at_once()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var result = RoutingEngine.Solve(Problem, new SearchOptions { TimeLimit = null }, cancellation: cancelled.Token);
        Assert.Equal(0, result.Iterations);
        Assert.Equal(Problem.Jobs.Count, result.Solution.Routes.Sum(r => r.Jobs.Count()) + result.Solution.Unassigned.Count);
    }

    /// <summary>Synchronous, unlike <see cref="Progress{T}"/>, which posts to the thread pool.</summary>
    private sealed class Recorder(List<SearchProgress> reports) : IProgress<SearchProgress>
    {
        public void Report(SearchProgress value) => reports.Add(value);
    }
}
