using OutreachRouting.Engine.Model;

namespace OutreachRouting.Engine.Search;

/// <summary>
/// The problem compiled into flat arrays. Nodes 0..JobCount-1 are jobs; the nodes after them are
/// breaks, each owned by one vehicle.
/// </summary>
internal sealed class ProblemData
{
    private const int NearestCount = 64;

    public ProblemData(RoutingProblem problem, int neighbourCount)
    {
        problem.Validate();
        Problem = problem;
        JobCount = problem.Jobs.Count;
        VehicleCount = problem.Vehicles.Count;
        Travel = [.. problem.Profiles.Select(p => new TravelData(p))];

        var breakCount = problem.Vehicles.Sum(v => v.Breaks.Count);
        NodeCount = JobCount + breakCount;
        Location = new int[NodeCount];
        Windows = new TimeWindow[NodeCount][];
        Single = new Segment[NodeCount];
        Service = new double[NodeCount];
        BreakOwner = new int[NodeCount];
        Array.Fill(BreakOwner, -1);
        for (var j = 0; j < JobCount; j++)
        {
            var job = problem.Jobs[j];
            Location[j] = job.Location;
            Service[j] = job.ServiceDuration;
            Windows[j] = job.TimeWindows.Count == 0 ? [TimeWindow.Always] : [.. job.TimeWindows];
            Single[j] = Segment.Place(job.Location, job.Demand, Timing.Of(job.ServiceDuration, Windows[j][0].Start, Windows[j][0].End));
        }
        VehicleBreaks = new int[VehicleCount][];
        var node = JobCount;
        for (var v = 0; v < VehicleCount; v++)
        {
            var breaks = problem.Vehicles[v].Breaks;
            VehicleBreaks[v] = new int[breaks.Count];
            for (var b = 0; b < breaks.Count; b++, node++)
            {
                VehicleBreaks[v][b] = node;
                BreakOwner[node] = v;
                Location[node] = -1;
                Service[node] = breaks[b].Duration;
                Windows[node] = [breaks[b].Window];
                Single[node] = Segment.Pause(Timing.Of(breaks[b].Duration, breaks[b].Window.Start, breaks[b].Window.End));
            }
        }

        CanServe = new bool[VehicleCount * JobCount];
        AssignmentCost = new double[VehicleCount * JobCount];
        UnassignedCost = new double[JobCount];
        Optional = new bool[JobCount];
        Restricted = new bool[NodeCount];
        var mandatoryPenalty = MandatoryPenalty(problem);
        var previous = problem.WarmStart?.PreviousVehicles(problem.Jobs.Count);
        for (var j = 0; j < JobCount; j++)
        {
            var job = problem.Jobs[j];
            Optional[j] = job.Penalty is not null;
            UnassignedCost[j] = job.Penalty ?? mandatoryPenalty;
            var before = previous?[j] ?? -1;
            var change = before >= 0 ? problem.WarmStart!.ChangeCosts[j] : 0;
            UnassignedCost[j] += change;
            for (var v = 0; v < VehicleCount; v++)
            {
                CanServe[v * JobCount + j] = problem.CanServe(v, j);
                Restricted[j] |= !CanServe[v * JobCount + j];
                AssignmentCost[v * JobCount + j] = (problem.AssignmentCosts?[v, j] ?? 0) + (before >= 0 && before != v ? change : 0);
            }
        }
        for (var b = JobCount; b < NodeCount; b++)
            Restricted[b] = true;

        GroupOf = new int[JobCount];
        Array.Fill(GroupOf, -1);
        Groups = [.. problem.Groups.Select(g => g.Jobs.ToArray())];
        GroupSpacing = [.. problem.Groups.Select(g => g.MinSpacingDays)];
        for (var g = 0; g < Groups.Length; g++)
        {
            foreach (var j in Groups[g])
            {
                GroupOf[j] = g;
                Restricted[j] = true;
            }
        }

        HasAssignmentCosts = AssignmentCost.Any(c => c != 0);
        VehicleClass = ClassifyVehicles(problem);
        Neighbours = NeighbourLists.Build(this, neighbourCount);
        Nearest = NeighbourLists.ByDistance(this, NearestCount);
    }

    public RoutingProblem Problem { get; }

    public int JobCount { get; }

    public int VehicleCount { get; }

    public int NodeCount { get; }

    public TravelData[] Travel { get; }

    public int[] Location { get; }

    public double[] Service { get; }

    public TimeWindow[][] Windows { get; }

    /// <summary>Each node alone, in its first window.</summary>
    public Segment[] Single { get; }

    /// <summary>The vehicle a break node belongs to; -1 for jobs.</summary>
    public int[] BreakOwner { get; }

    public int[][] VehicleBreaks { get; }

    /// <summary>[vehicle * JobCount + job]: skills and pins allow it.</summary>
    public bool[] CanServe { get; }

    /// <summary>[vehicle * JobCount + job]: continuity cost plus the warm-start change cost.</summary>
    public double[] AssignmentCost { get; }

    /// <summary>Penalty of leaving the job out (a large one for mandatory jobs) plus its change cost.</summary>
    public double[] UnassignedCost { get; }

    public bool HasAssignmentCosts { get; }

    public bool[] Optional { get; }

    /// <summary>Nodes that cannot move to every vehicle freely (breaks, skills, pins, groups): moves check them one by one.</summary>
    public bool[] Restricted { get; }

    public int[] GroupOf { get; }

    public int[][] Groups { get; }

    public int[] GroupSpacing { get; }

    /// <summary>Vehicles with equal classes are interchangeable when empty.</summary>
    public int[] VehicleClass { get; }

    /// <summary>Granular neighbourhoods: the jobs most worth placing next to each job.</summary>
    public int[][] Neighbours { get; }

    /// <summary>The closest jobs by distance alone, for ruin steps that clear an area.</summary>
    public int[][] Nearest { get; }

    public bool HasWindowChoice(int node) => Windows[node].Length > 1;

    public bool CanServeJob(int vehicle, int job) => CanServe[vehicle * JobCount + job];

    /// <summary>The node on its own, its window chosen as the first that is still open on arrival.</summary>
    public Segment SingleAfter(int node, in Segment before, TravelData travel)
    {
        if (!HasWindowChoice(node))
            return Single[node];
        var arrival = before.Main.EarliestFinish + travel.Duration(before.Last, Location[node]);
        var windows = Windows[node];
        var chosen = windows[^1];
        foreach (var w in windows)
        {
            if (w.End >= arrival)
            {
                chosen = w;
                break;
            }
        }
        return Segment.Place(Location[node], Single[node].Load, Timing.Of(Service[node], chosen.Start, chosen.End));
    }

    /// <summary>Bigger than any plan's whole cost, so serving a mandatory job always pays.</summary>
    private static double MandatoryPenalty(RoutingProblem problem)
    {
        var maxDistance = problem.Profiles.Max(p => p.Distances.Values.Length == 0 ? 0 : p.Distances.Values.Max());
        var maxFixed = problem.Vehicles.Select(v => v.FixedCost).DefaultIfEmpty(0).Max();
        var maxAssignment = problem.AssignmentCosts?.Cast<double>().DefaultIfEmpty(0).Max() ?? 0;
        var maxChange = problem.WarmStart?.ChangeCosts.DefaultIfEmpty(0).Max() ?? 0;
        return 100 * (2 * maxDistance + maxFixed + maxAssignment + maxChange + 1);
    }

    private static int[] ClassifyVehicles(RoutingProblem problem)
    {
        var classes = new Dictionary<Vehicle, int>();
        var result = new int[problem.Vehicles.Count];
        for (var v = 0; v < result.Length; v++)
        {
            // Records compare by value, but names and breaks lists are irrelevant or compared by reference.
            var key = problem.Vehicles[v] with { Name = null };
            var pinned = problem.Jobs.Any(j => j.PinnedVehicle == v) || problem.AssignmentCosts is not null || problem.WarmStart is not null;
            result[v] = pinned ? -1 - v : (classes.TryGetValue(key, out var c) ? c : classes[key] = classes.Count);
        }
        return result;
    }
}
