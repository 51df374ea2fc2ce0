using OutreachRouting.Routing.Solomon;
using OutreachRouting.TestSupport.Solomon;

namespace OutreachRouting.Benchmarks.Solomon;

/// <summary>Solves every instance in a folder within a per-instance budget and compares with best-known values.</summary>
public static class SolomonBenchmark
{
    public static int Run(DirectoryInfo instances, FileInfo? bestKnownCsv, double seconds, FileInfo csv, int parallelism, int seed)
    {
        var bestKnown = bestKnownCsv is null ? new Dictionary<string, BestKnown>() : BestKnown.ReadTable(bestKnownCsv.FullName);
        var results = new List<InstanceResult>();
        using var output = new StreamWriter(csv.FullName);
        output.WriteLine("instance,vehicles,distance,seconds,gap_pct,feasible");
        WarmUp();
        var files = instances.GetFiles().Where(f => !f.Name.StartsWith('.')).OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            SolomonInstance instance;
            try
            {
                instance = SolomonReader.Read(file.FullName);
            }
            catch (SolomonFormatException e)
            {
                Console.Error.WriteLine($"malformed instance {e.Message}; skipped");
                continue;
            }
            var name = Path.GetFileNameWithoutExtension(file.Name);
            // Each instance starts on a clean heap: the last one's matrices (tens of megabytes at a thousand
            // customers) are collected here, not in a pause inside the next one's budget.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            var problem = instance.ToProblem();

            // The budget is for the whole instance: the engine gets what building the matrices left of it.
            var options = new SearchOptions { TimeLimit = TimeSpan.FromSeconds(seconds) - watch.Elapsed, Seed = seed, Parallelism = parallelism };
            var solved = RoutingEngine.Solve(problem, options);
            watch.Stop();
            var result = new InstanceResult(name, solved.Check.VehiclesUsed, solved.Check.Distance, watch.Elapsed.TotalSeconds, solved.IsFeasible,
                bestKnown.GetValueOrDefault(name));
            if (!solved.IsFeasible)
                Console.Error.WriteLine($"{name}: infeasible: {string.Join("; ", solved.Check.Violations.Take(3))}");
            results.Add(result);
            output.WriteLine(result.ToCsv());
            output.Flush();
            Console.WriteLine($"{name,-8} vehicles {result.Vehicles,3}  distance {result.Distance,9:F2}  gap {Format(result.Gap)}  {result.Seconds:F2}s  {solved.Iterations,7} iterations  {(result.Feasible ? "feasible" : "INFEASIBLE")}");
        }
        PrintSummary(results);
        return results.All(r => r.Feasible) ? 0 : 1;
    }

    /// <summary>
    /// Runs the engine on generated instances of 200 and 1,000 customers before the clock matters, so that the
    /// just-in-time compiler has optimised the hot code and the heap and thread pool have grown to a large
    /// instance's needs: a silo solves many plans in one process, and the first instance measured should not
    /// carry a few hundred milliseconds of start-up.
    /// </summary>
    private static void WarmUp()
    {
        foreach (var (size, seconds, rounds) in new[] { (200, 0.3, 3), (1000, 0.2, 1) })
        {
            var problem = GeneratedInstances.Create(size, seed: 1).ToProblem();
            for (var round = 0; round < rounds; round++)
                RoutingEngine.Solve(problem, new SearchOptions { TimeLimit = TimeSpan.FromSeconds(seconds) });
        }
    }

    private static void PrintSummary(List<InstanceResult> results)
    {
        Console.WriteLine();
        Console.WriteLine("class  instances  avg gap  avg vehicles  vehicles over best known  feasible");
        foreach (var group in results.GroupBy(r => r.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rated = group.Where(r => r.Gap is not null).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-5}  {group.Count(),9}  {Format(rated.Count > 0 ? rated.Average(r => r.Gap!.Value) : null)}  {group.Average(r => r.Vehicles),12:F2}  {rated.Sum(r => r.VehiclesOver!.Value),24}  {group.Count(r => r.Feasible)}/{group.Count()}"));
        }
        var all = results.Where(r => r.Gap is not null).ToList();
        var averageGap = all.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"{InstanceResult.Rounded(all.Average(r => r.Gap!.Value), 2):F2}%") : "n/a";
        var over = all.Sum(r => r.VehiclesOver!.Value);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"average gap {averageGap} over {all.Count} instances, vehicles over best known {over}, median seconds {Median(results.Select(r => r.Seconds)):F2}"));
    }

    private static string Format(double? gap) => gap is { } g ? string.Create(CultureInfo.InvariantCulture, $"{InstanceResult.Rounded(g, 2),6:F2}%") : "    n/a";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return 0;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
