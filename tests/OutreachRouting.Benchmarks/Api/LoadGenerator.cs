namespace OutreachRouting.Benchmarks.Api;

/// <summary>
/// A closed-loop load generator: a fixed number of concurrent callers, each sending its next request as soon as
/// the last one answered, for a fixed time. Bounded in time, and only ever aimed at the loopback API it started.
/// </summary>
public static class LoadGenerator
{
    /// <param name="call">One request by caller i; returns false when the answer was not the expected one.</param>
    public static async Task<LoadResult> RunAsync(int concurrency, TimeSpan duration, Func<int, Task<bool>> call)
    {
        var latencies = new List<long>[concurrency];
        var failures = new long[concurrency];
        var clock = Stopwatch.StartNew();
        var end = duration.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async caller =>
        {
            var mine = latencies[caller] = new List<long>(1 << 16);
            while (clock.ElapsedTicks < end)
            {
                var start = Stopwatch.GetTimestamp();
                var ok = await call(caller);
                mine.Add(Stopwatch.GetTimestamp() - start);
                if (!ok)
                {
                    failures[caller]++;
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;

        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        double Percentile(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)(p * all.Length))] * 1000.0 / Stopwatch.Frequency;
        return new LoadResult(all.Length, failures.Sum(), seconds, Percentile(0.50), Percentile(0.99));
    }

    /// <summary>Warms up, then runs <paramref name="runs"/> timed runs, printing each, and returns the run of median throughput.</summary>
    public static async Task<LoadResult> MedianAsync(string name, int concurrency, double warmup, double seconds, int runs, Func<int, Task<bool>> call)
    {
        await RunAsync(concurrency, TimeSpan.FromSeconds(warmup), call);
        var results = new List<LoadResult>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await RunAsync(concurrency, TimeSpan.FromSeconds(seconds), call);
            results.Add(result);
            Console.WriteLine($"  {name,-40} run {run}: {result.RequestsPerSecond,9:N0} req/s  p50 {result.P50Milliseconds,6:0.00} ms  p99 {result.P99Milliseconds,6:0.00} ms  failures {result.Failures}");
        }

        return results.OrderBy(r => r.RequestsPerSecond).ElementAt(results.Count / 2);
    }
}
