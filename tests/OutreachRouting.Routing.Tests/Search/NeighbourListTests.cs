namespace OutreachRouting.Routing.Tests.Search;

public class NeighbourListTests
{
    private static readonly Comparer<double> WorstFirst = Comparer<double>.Create((a, b) => b.CompareTo(a));

    [Fact]
    public void The_heap_keeps_the_lowest_scores_best_first_and_orders_ties_as_the_library_queue_does()
    {
        var random = new Random(7);
        var heap = new LowestScores(16);
        for (var round = 0; round < 50; round++)
        {
            // Few distinct scores, so that most comparisons are ties.
            var offers = Enumerable.Range(0, random.Next(0, 200)).Select(item => (item, (double)random.Next(12))).ToList();
            heap.Clear();
            foreach (var (item, score) in offers)
                heap.Offer(item, score);

            Assert.Equal(LibraryQueue(offers, 16), heap.TakeBestFirst());
            Assert.Equal(0, heap.Count);
        }
    }

    [Fact]
    public void A_heap_with_no_room_keeps_nothing()
    {
        var heap = new LowestScores(0);
        heap.Offer(3, 1.5);
        Assert.Empty(heap.TakeBestFirst());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Closeness_lists_equal_those_from_scoring_every_pair(int seed)
    {
        var data = new ProblemData(Grid(150, seed), 20);

        for (var i = 0; i < data.JobCount; i++)
        {
            Assert.Equal(EveryPair(data, i, 20, (a, b) => Math.Min(NeighbourLists.Correlation(data, a, b), NeighbourLists.Correlation(data, b, a))), data.Neighbours[i]);
            Assert.Equal(EveryPair(data, i, 64, (a, b) => data.Travel[0].Distance(data.Location[a], data.Location[b])), data.Nearest[i]);
        }
    }

    /// <summary>The reference: every other job scored, no pruning.</summary>
    private static int[] EveryPair(ProblemData data, int i, int count, Func<int, int, double> score) =>
        LibraryQueue([.. Enumerable.Range(0, data.JobCount).Where(j => j != i).Select(j => (j, score(i, j)))], count);

    /// <summary>The lowest <paramref name="count"/> offers, best first, kept in the library's queue ordered worst first.</summary>
    private static int[] LibraryQueue(List<(int Item, double Score)> offers, int count)
    {
        var queue = new PriorityQueue<int, double>(WorstFirst);
        foreach (var (item, score) in offers)
        {
            if (queue.Count < count)
                queue.Enqueue(item, score);
            else if (queue.TryPeek(out _, out var worst) && score < worst)
                queue.DequeueEnqueue(item, score);
        }
        var list = new int[queue.Count];
        for (var m = list.Length - 1; m >= 0; m--)
            list[m] = queue.Dequeue();
        return list;
    }

    /// <summary>Jobs on a small whole-number grid, as in the Solomon files: many equal distances, and some jobs in one place.</summary>
    private static RoutingProblem Grid(int jobs, int seed)
    {
        var random = new Random(seed);
        var points = new List<(double X, double Y)> { (10, 10) };
        for (var j = 0; j < jobs; j++)
            points.Add((random.Next(21), random.Next(21)));
        var profile = Problems.Profile(points);
        var list = Enumerable.Range(0, jobs).Select(j =>
        {
            var start = random.Next(0, 200);
            return new Job { Location = j + 1, TimeWindows = [new TimeWindow(start, start + random.Next(5, 60))], ServiceDuration = 10, Demand = 1 };
        });
        var vehicle = new Vehicle { StartLocation = 0, EndLocation = 0, Shift = new TimeWindow(0, 400), Capacity = 20 };
        return new RoutingProblem { Profiles = [profile], Vehicles = [.. Enumerable.Repeat(vehicle, 10)], Jobs = [.. list] };
    }
}
