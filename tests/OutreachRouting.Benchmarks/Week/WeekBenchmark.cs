using System.Text.Json;
using OutreachRouting.Json;
using static OutreachRouting.Benchmarks.Week.BenchmarkRun;

namespace OutreachRouting.Benchmarks.Week;

/// <summary>
/// Plans generated weeks (or one read from a file), teams side by side on every core, and reports what a manager
/// and a commissioner would ask of the result, with the validator's count of broken hard rules.
/// </summary>
internal static class WeekBenchmark
{
    public static async Task<int> RunAsync(int workers, int venues, int teams, int seed, double seconds, FileInfo? input)
    {
        var weeks = input is null
            ? WeekGenerator.Generate(teams, workers, venues, seed)
            : [Read(input)];
        var travel = new StraightLineTravelTimes();
        Console.WriteLine(input is null
            ? $"week: {weeks.Count} team(s), {weeks.Sum(w => w.Workers.Count)} workers, {weeks.Sum(w => w.Venues.Count)} venues, seed {seed}, {seconds:0.##} s per team"
            : $"week: {input.Name}: team {weeks[0].Team}, {weeks[0].Week}, {weeks[0].Workers.Count} workers, {weeks[0].Venues.Count} venues, {seconds:0.##} s");
        await WarmUpAsync(travel);

        var watch = Stopwatch.StartNew();
        var plans = new RotaPlan[weeks.Count];
        await Parallel.ForAsync(0, weeks.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (t, ct) =>
        {
            var options = new SearchOptions { Seed = seed, TimeLimit = TimeSpan.FromSeconds(seconds) };
            plans[t] = await RotaPlanner.PlanAsync(weeks[t], travel, options, cancellation: ct);
        });
        watch.Stop();

        var violations = 0;
        for (var t = 0; t < weeks.Count; t++)
        {
            violations += await ViolationsAsync(weeks[t], plans[t].Rota, travel);
            if (weeks.Count > 1)
                PrintTeam(plans[t]);
        }
        var figures = plans.Select(p => p.Rota.Figures).ToList();
        var due = figures.Sum(f => f.DueVisits);
        var placed = figures.Sum(f => f.PlacedVisits);
        var coverage = Weighted(plans, f => f.PriorityWeightedCoverage, f => f.DueVisits);
        var travelShare = figures.Sum(f => f.TravelMinutes) / Math.Max(1, figures.Sum(f => f.ShiftMinutes));
        var target = weeks.Sum(w => w.Venues.Count) <= 200 ? 5.0 : weeks.Count == 1 ? 30.0 : (double?)null;
        Console.WriteLine(Invariant($"seconds to plan {watch.Elapsed.TotalSeconds:F2}{(target is { } s ? $" (target at most {s:0})" : "")}"));
        Console.WriteLine(Invariant($"due visits placed {placed} of {due} ({100.0 * placed / Math.Max(1, due):F1} %)"));
        Console.WriteLine(Invariant($"priority-weighted coverage {100 * coverage:F1} %"));
        Console.WriteLine(Invariant($"travel share of shift time {100 * travelShare:F1} %"));
        Console.WriteLine(Invariant($"shifts {plans.Sum(p => p.Rota.Shifts.Count)}, of them pairs {plans.Sum(p => p.Rota.Shifts.Count(s => s.IsPair))}, search iterations {plans.Sum(p => p.Iterations)}"));
        var reasons = plans.SelectMany(p => p.Rota.Unplaced).GroupBy(u => u.Reason).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"unplaced by reason: {string.Join(", ", reasons)}");
        var hours = figures.SelectMany(f => f.Workers).ToList();
        Console.WriteLine(Invariant($"hours worked {hours.Sum(w => w.Hours):F0} of {hours.Sum(w => w.ContractedHours):F0} contracted; night shifts per worker {hours.Min(w => w.NightShifts)} to {hours.Max(w => w.NightShifts)}"));
        Console.WriteLine($"violations {violations} (target 0)");
        return violations == 0 ? 0 : 1;
    }

    private static PlanningInput Read(FileInfo file)
    {
        using var stream = file.OpenRead();
        return JsonSerializer.Deserialize<PlanningInput>(stream, OutreachJson.Options)
            ?? throw new InvalidDataException($"{file.Name} holds no planning input.");
    }

    private static void PrintTeam(RotaPlan plan)
    {
        var f = plan.Rota.Figures;
        Console.WriteLine(Invariant($"  {plan.Rota.Team}: placed {f.PlacedVisits}/{f.DueVisits}, coverage {100 * f.PriorityWeightedCoverage:F1} %, travel share {100 * f.TravelShare:F1} %, {plan.Elapsed.TotalSeconds:F2} s"));
    }

    private static double Weighted(RotaPlan[] plans, Func<RotaFigures, double> value, Func<RotaFigures, int> weight)
    {
        var total = plans.Sum(p => weight(p.Rota.Figures));
        return total == 0 ? 1 : plans.Sum(p => value(p.Rota.Figures) * weight(p.Rota.Figures)) / total;
    }
}
