namespace OutreachRouting.Engine.Search;

/// <summary>
/// For each job, the jobs closest to it, in O(n² log k): a few tens of milliseconds at a thousand jobs.
/// </summary>
internal static class NeighbourLists
{
    /// <summary>
    /// Closeness in the sense of hybrid genetic search for time windows: distance, plus a share of the
    /// waiting and the lateness that serving one right after the other would cause, whichever order is kinder.
    /// </summary>
    public static int[][] Build(ProblemData data, int count) =>
        Select(data, count, (i, j) => Math.Min(Correlation(data, i, j), Correlation(data, j, i)));

    /// <summary>Plain distance, for ruin moves that remove what lies near.</summary>
    public static int[][] ByDistance(ProblemData data, int count)
    {
        var travel = data.Travel[0];
        return Select(data, count, (i, j) => travel.Distance(data.Location[i], data.Location[j]));
    }

    private const double WaitWeight = 0.2;
    private const double WarpWeight = 1.0;

    private static double Correlation(ProblemData data, int from, int to)
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
    private static int[][] Select(ProblemData data, int count, Func<int, int, double> score)
    {
        var n = data.JobCount;
        var k = Math.Max(0, Math.Min(count, n - 1));
        var result = new int[n][];
        Parallel.For(0, n, () => new PriorityQueue<int, double>(k + 1, WorstFirst), (i, loop, worstFirst) =>
        {
            worstFirst.Clear();
            for (var j = 0; j < n && k > 0; j++)
            {
                if (j == i)
                    continue;
                var value = score(i, j);
                if (worstFirst.Count < k)
                    worstFirst.Enqueue(j, value);
                else if (worstFirst.TryPeek(out _, out var worst) && value < worst)
                    worstFirst.DequeueEnqueue(j, value);
            }
            var list = new int[worstFirst.Count];
            for (var m = list.Length - 1; m >= 0; m--)
                list[m] = worstFirst.Dequeue();
            result[i] = list;
            return worstFirst;
        }, _ => { });
        return result;
    }

    private static readonly Comparer<double> WorstFirst = Comparer<double>.Create((a, b) => b.CompareTo(a));
}
