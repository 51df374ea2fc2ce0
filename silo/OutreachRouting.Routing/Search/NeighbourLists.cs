using System.Runtime.CompilerServices;

namespace OutreachRouting.Routing.Search;

/// <summary>
/// For each job, the jobs closest to it, in O(n² log k): a few tens of milliseconds at a thousand jobs.
/// </summary>
internal static class NeighbourLists
{
    private const double WaitWeight = 0.2;
    private const double WarpWeight = 1.0;

    /// <summary>
    /// Closeness in the sense of hybrid genetic search for time windows: distance, plus a share of the
    /// waiting and the lateness that serving one right after the other would cause, whichever order is kinder.
    /// </summary>
    public static int[][] Build(ProblemData data, int count, CancellationToken cancellation = default) => Select(data, count, byDistance: false, cancellation);

    /// <summary>Plain distance, for ruin moves that remove what lies near.</summary>
    public static int[][] ByDistance(ProblemData data, int count) => Select(data, count, byDistance: true);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double Correlation(ProblemData data, int from, int to)
    {
        var travel = data.Travel[0];
        var a = data.Windows[from][0];
        var b = data.Windows[to][0];
        var duration = travel.Duration(data.Location[from], data.Location[to]);
        var wait = Math.Max(b.Start - (a.End + data.Service[from] + duration), 0);
        var warp = Math.Max(a.Start + data.Service[from] + duration - b.End, 0);
        return travel.Distance(data.Location[from], data.Location[to]) + WaitWeight * wait + WarpWeight * warp;
    }

    /// <summary>
    /// The <paramref name="count"/> best-scoring others of each job, best first, kept in a bounded heap. Rows are
    /// independent, so they are built on all cores; the result does not depend on how the rows were shared out.
    /// </summary>
    private static int[][] Select(ProblemData data, int count, bool byDistance, CancellationToken cancellation = default)
    {
        var n = data.JobCount;
        var k = Math.Max(0, Math.Min(count, n - 1));
        var result = new int[n][];
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellation }, () => new LowestScores(k), (i, loop, lowest) =>
        {
            result[i] = Row(data, k, i, byDistance, lowest);
            return lowest;
        }, _ => { });
        return result;
    }

    /// <summary>
    /// One job's list. Closeness is never below the shorter way between the two jobs, so once the heap is full a job
    /// that far is passed over without scoring it: the heap ends exactly as if it had been scored and refused.
    /// Run once per solve, this code would otherwise run unoptimised (tiered compilation starts every method so),
    /// which at a thousand jobs costs more than a budget of 0.2 s has: hence compiled optimised at once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Row(ProblemData data, int k, int i, bool byDistance, LowestScores lowest)
    {
        var travel = data.Travel[0];
        var location = data.Location;
        lowest.Clear();
        for (var j = 0; j < data.JobCount && k > 0; j++)
        {
            if (j == i)
                continue;
            var distance = travel.Distance(location[i], location[j]);
            if (lowest.IsFull && Math.Min(distance, byDistance ? distance : travel.Distance(location[j], location[i])) >= lowest.Worst)
                continue;
            lowest.Offer(j, byDistance ? distance : Math.Min(Correlation(data, i, j), Correlation(data, j, i)));
        }
        return lowest.TakeBestFirst();
    }
}
