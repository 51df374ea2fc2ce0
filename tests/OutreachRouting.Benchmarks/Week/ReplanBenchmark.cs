using static OutreachRouting.Benchmarks.Week.BenchmarkRun;

namespace OutreachRouting.Benchmarks.Week;

/// <summary>
/// Plans a generated team week, takes it as published, sends the worker with most stops from Wednesday on off sick
/// to Sunday, and re-plans from Wednesday as the planner grain does: how fast, how much of the rest it kept, what
/// became of the sick worker's visits, and whether the validator passes both rotas.
/// </summary>
internal static class ReplanBenchmark
{
    /// <summary>What a manager waits for when a worker phones in sick, for one team.</summary>
    private const double TargetSeconds = 2;

    private const double TargetUnchanged = 0.95;

    public static async Task<int> RunAsync(int workers, int venues, int seed, double seconds, double replanSeconds)
    {
        var input = WeekGenerator.Generate(1, workers, venues, seed)[0];
        var travel = new StraightLineTravelTimes();
        Console.WriteLine(Invariant($"replan: {input.Workers.Count} workers, {input.Venues.Count} venues, seed {seed}; planned in {seconds:0.##} s, re-planned in {replanSeconds:0.##} s"));
        await WarmUpAsync(travel);

        var published = (await RotaPlanner.PlanAsync(input, travel, new SearchOptions { Seed = seed, TimeLimit = TimeSpan.FromSeconds(seconds) })).Rota;
        var publishedViolations = await ViolationsAsync(input, published, travel);
        var wednesday = WeekClock.Parse(input.Week).Date(2);
        var sick = SickLeave.BusiestFrom(input, published, wednesday);
        var replanInput = SickLeave.Replan(input, published, sick, wednesday);

        var watch = Stopwatch.StartNew();
        var replan = await RotaPlanner.PlanAsync(replanInput, travel, new SearchOptions { Seed = seed, TimeLimit = TimeSpan.FromSeconds(replanSeconds) });
        watch.Stop();

        var violations = await ViolationsAsync(replanInput, replan.Rota, travel);
        var stability = ReplanStability.Measure(replanInput, published, replan.Rota, sick, wednesday);
        var changes = replan.Changes;
        Console.WriteLine($"off sick Wednesday to Sunday: {input.Workers.Single(w => w.Id == sick).Name} ({sick})");
        Console.WriteLine(Invariant($"seconds to re-plan {watch.Elapsed.TotalSeconds:F2} (target at most {TargetSeconds:0})"));
        Console.WriteLine(Invariant($"unaffected stops unchanged {stability.Unchanged} of {stability.Unaffected} ({100 * stability.UnchangedShare:F1} %, target at least {100 * TargetUnchanged:0} %)"));
        Console.WriteLine("  (stops: visits and sessions from Wednesday on, not on the sick worker's shifts; unchanged: the same visit or session by the same worker or pair on the same day, in any order)");
        Console.WriteLine($"sick worker's visits re-placed {stability.Replaced}, left unplaced {stability.LeftUnplaced} (of {stability.SickVisits})");
        Console.WriteLine($"changes {changes.Count}: moved {changes.Count(c => c.FromShift is not null && c.ToShift is not null)}, dropped {changes.Count(c => c.ToShift is null)}, added {changes.Count(c => c.FromShift is null)}");
        Console.WriteLine($"due visits placed {replan.Rota.Figures.PlacedVisits} of {replan.Rota.Figures.DueVisits} (published {published.Figures.PlacedVisits}), search iterations {replan.Iterations}");
        Console.WriteLine($"violations in the published plan {publishedViolations}");
        Console.WriteLine($"violations {violations} (target 0)");
        return violations + publishedViolations == 0 ? 0 : 1;
    }
}
