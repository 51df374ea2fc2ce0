namespace OutreachRouting.Engine.Search;

/// <summary>
/// For each job, the jobs closest to it (one sort per job: O(n² log n), tens of milliseconds at a thousand jobs).
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

    private static int[][] Select(ProblemData data, int count, Func<int, int, double> score)
    {
        var n = data.JobCount;
        var k = Math.Min(count, n - 1);
        var result = new int[n][];
        var keys = new double[n - 1 < 0 ? 0 : n - 1];
        var items = new int[keys.Length];
        for (var i = 0; i < n; i++)
        {
            var m = 0;
            for (var j = 0; j < n; j++)
            {
                if (j == i)
                    continue;
                keys[m] = score(i, j);
                items[m++] = j;
            }
            Array.Sort(keys, items);
            result[i] = items[..k];
        }
        return result;
    }
}
