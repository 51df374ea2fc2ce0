using OutreachRouting.Routing.Checking;
using OutreachRouting.Routing.Search;

namespace OutreachRouting.Routing;

/// <summary>Entry point: solves a <see cref="Model.RoutingProblem"/> and checks the answer independently.</summary>
public static class RoutingEngine
{
    /// <summary>
    /// Time kept back from the search for what follows it (the last copy of the best plan, the check) and for a
    /// collection pause: 3 % of the limit, and never less than 20 ms, which a budget of 0.2 s at a thousand jobs needs.
    /// </summary>
    private const double ReserveShare = 0.03;

    private static readonly TimeSpan MinimumReserve = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Searches until the time limit, the iteration limit or cancellation, and returns the best plan found.
    /// Cancellation is not an error: the best plan so far comes back. <paramref name="progress"/> hears of every
    /// better feasible plan, from whichever parallel run found it.
    /// </summary>
    public static SearchResult Solve(
        Model.RoutingProblem problem,
        SearchOptions options,
        IProgress<SearchProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Parallelism, 1);
        var budgets = Enumerable.Range(0, options.Parallelism)
            .Select(_ => new Budget(SearchTime(options.TimeLimit), options.MaxIterations, cancellation))
            .ToArray();
        using var data = new ProblemData(problem, options.Neighbours);
        var runs = new (SearchState Best, long Iterations)[options.Parallelism];
        Parallel.For(0, options.Parallelism, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, i =>
        {
            var run = new SearchRun(data, options, options.Seed + i);
            runs[i] = run.Execute(budgets[i], (objective, iterations) =>
                progress?.Report(new SearchProgress(objective, iterations, budgets[i].Elapsed, i)));
        });

        // Ties go to the lowest run index, so the choice does not depend on thread timing.
        var solutions = runs.Select(r => r.Best.ToSolution()).ToArray();
        var checks = solutions.Select(s => SolutionChecker.Check(problem, s)).ToArray();
        var winner = Enumerable.Range(0, runs.Length)
            .OrderBy(i => checks[i].IsFeasible ? 0 : 1)
            .ThenBy(i => checks[i].Objective)
            .ThenBy(i => i)
            .First();
        return new SearchResult(solutions[winner], checks[winner], runs.Sum(r => r.Iterations), budgets.Max(b => b.Elapsed));
    }

    private static TimeSpan? SearchTime(TimeSpan? limit) =>
        limit is { } l ? l - TimeSpan.FromTicks(Math.Min(l.Ticks, Math.Max((long)(l.Ticks * ReserveShare), MinimumReserve.Ticks))) : null;
}
