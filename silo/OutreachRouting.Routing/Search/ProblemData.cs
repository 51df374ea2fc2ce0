using System.Runtime.CompilerServices;
using OutreachRouting.Routing.Model;

namespace OutreachRouting.Routing.Search;

/// <summary>
/// The problem compiled into flat arrays. Nodes 0..JobCount-1 are jobs; the nodes after them are
/// breaks, each owned by one vehicle.
/// </summary>
internal sealed class ProblemData : IDisposable
{
    private const int NearestCount = 64;

    /// <remarks>Run once per solve, so compiled optimised at once rather than left to tiered compilation (see NeighbourLists.Row).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                CanServe[v * JobCount + j] = problem.CanServe(v, j) && WindowFor(problem.Vehicles[v], Windows[j]) is not null;
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

        VehicleSingle = Enumerable.Range(0, JobCount).Any(j => Windows[j].Length > 1)
            ? [.. problem.Vehicles.Select(VehicleSegments)]
            : null;
        HasAssignmentCosts = AssignmentCost.Any(c => c != 0);
        VehicleClass = ClassifyVehicles(problem);
        _neighbours = Task.Run(() => NeighbourLists.Build(this, neighbourCount, _stopBuilding.Token), _stopBuilding.Token);
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

    /// <summary>Each node alone, in its first window: the only one, except in problems with several windows (see <see cref="SingleFor"/>).</summary>
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
    /// <remarks>
    /// Built in the background while the first plan is constructed, which does not need them: at a thousand jobs
    /// the two together would not fit a budget of 0.2 s one after the other. The local search waits for them.
    /// </remarks>
    public int[][] Neighbours => _neighbours.GetAwaiter().GetResult();

    private readonly Task<int[][]> _neighbours;

    private readonly CancellationTokenSource _stopBuilding = new();

    /// <summary>The closest jobs by distance alone, for ruin steps that clear an area.</summary>
    public int[][] Nearest { get; }

    /// <summary>
    /// Stops building neighbour lists no search will read, so that they take no core from the next solve. The token
    /// source is cancelled, not disposed: the build may still be about to look at its token.
    /// </summary>
    public void Dispose() => _stopBuilding.Cancel();

    public bool CanServeJob(int vehicle, int job) => CanServe[vehicle * JobCount + job];

    /// <summary>The node on its own, timed in the one window it has on <paramref name="vehicle"/>'s shift.</summary>
    public Segment SingleFor(int vehicle, int node) => VehicleSingle is { } byVehicle ? byVehicle[vehicle][node] : Single[node];

    /// <summary>
    /// For problems with jobs of several windows, each node alone per vehicle. A vehicle's shift meets one window
    /// of a job (a day's access window, for a shift on that day), so that window is the job's on that vehicle, and
    /// every evaluation in the search stays exact; where a shift meets several, the one it overlaps most is used.
    /// </summary>
    private Segment[][]? VehicleSingle { get; }

    private Segment[] VehicleSegments(Vehicle vehicle)
    {
        var segments = (Segment[])Single.Clone();
        for (var j = 0; j < JobCount; j++)
        {
            if (Windows[j].Length > 1 && WindowFor(vehicle, Windows[j]) is { } w)
                segments[j] = Segment.Place(Location[j], Single[j].Load, Timing.Of(Service[j], w.Start, w.End));
        }
        return segments;
    }

    /// <summary>The window of <paramref name="windows"/> the vehicle's shift can start service in for longest; null when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TimeWindow? WindowFor(Vehicle vehicle, TimeWindow[] windows)
    {
        TimeWindow? best = null;
        var longest = -1.0;
        foreach (var w in windows)
        {
            var overlap = Math.Min(w.End, vehicle.Shift.End) - Math.Max(w.Start, vehicle.Shift.Start);
            if (overlap >= 0 && overlap > longest)
                (best, longest) = (w, overlap);
        }
        return best;
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
        var pinnedTo = problem.Jobs.Select(j => j.PinnedVehicle).OfType<int>().ToHashSet();
        var individual = problem.AssignmentCosts is not null || problem.WarmStart is not null;
        for (var v = 0; v < result.Length; v++)
        {
            // Records compare by value, but names and breaks lists are irrelevant or compared by reference.
            var key = problem.Vehicles[v] with { Name = null };
            var pinned = individual || pinnedTo.Contains(v);
            result[v] = pinned ? -1 - v : (classes.TryGetValue(key, out var c) ? c : classes[key] = classes.Count);
        }
        return result;
    }
}
