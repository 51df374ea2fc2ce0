namespace OutreachRouting.Routing.Tests.Support;

/// <summary>Small problems on a plane, location 0 the depot, built for one rule at a time.</summary>
internal static class Problems
{
    public static Matrix Euclidean(IReadOnlyList<(double X, double Y)> points) =>
        Matrix.FromFunction(points.Count, (i, j) => Math.Sqrt(Math.Pow(points[i].X - points[j].X, 2) + Math.Pow(points[i].Y - points[j].Y, 2)));

    public static TravelProfile Profile(IReadOnlyList<(double X, double Y)> points)
    {
        var matrix = Euclidean(points);
        return new TravelProfile(matrix, matrix);
    }

    /// <summary>Jobs at random points with random windows wide enough to be served, and capacity that binds.</summary>
    public static RoutingProblem Random(int jobs, int vehicles, int seed, double windowWidth = 60, int capacity = 30)
    {
        var random = new Random(seed);
        var points = new List<(double X, double Y)> { (50, 50) };
        for (var j = 0; j < jobs; j++)
            points.Add((random.NextDouble() * 100, random.NextDouble() * 100));
        var profile = Profile(points);
        var list = new List<Job>();
        for (var j = 0; j < jobs; j++)
        {
            var earliest = profile.Durations[0, j + 1];
            var start = earliest + random.NextDouble() * 150;
            list.Add(new Job
            {
                Location = j + 1,
                TimeWindows = [new TimeWindow(start, start + windowWidth)],
                ServiceDuration = 10,
                Demand = random.Next(1, 11),
            });
        }
        var vehicle = new Vehicle { StartLocation = 0, EndLocation = 0, Shift = new TimeWindow(0, 400), Capacity = capacity };
        return new RoutingProblem { Profiles = [profile], Vehicles = [.. Enumerable.Repeat(vehicle, vehicles)], Jobs = list };
    }

    /// <summary>
    /// <see cref="Random"/> with a mixed fleet: walkers at half speed, vehicles that end away from where they start,
    /// breaks, fixed costs and continuity costs.
    /// </summary>
    public static RoutingProblem Mixed(int jobs, int seed)
    {
        var plain = Random(jobs, 6, seed, windowWidth: 80, capacity: 40);
        var fast = plain.Profiles[0];
        var slow = new TravelProfile(Matrix.FromFunction(fast.Durations.Size, (i, j) => 2 * fast.Durations[i, j]), fast.Distances);
        var random = new Random(seed);
        var costs = new double[6, jobs];
        for (var v = 0; v < 6; v++)
        {
            for (var j = 0; j < jobs; j++)
                costs[v, j] = random.Next(3) * 5;
        }
        return plain with
        {
            Profiles = [fast, slow],
            Vehicles =
            [
                .. Enumerable.Range(0, 6).Select(v => plain.Vehicles[v] with
                {
                    Profile = v % 2,
                    EndLocation = v < 3 ? 0 : 1 + v,
                    FixedCost = 10 * v,
                    Shift = new TimeWindow(0, 600),
                    Breaks = v % 3 == 0 ? [new VehicleBreak(new(100, 200), 20)] : [],
                }),
            ],
            AssignmentCosts = costs,
        };
    }

    /// <summary>Jobs on a line east of the depot at x = 10, 20, ...; no windows unless given.</summary>
    public static RoutingProblem Line(int jobs, IReadOnlyList<Vehicle> vehicles, Func<int, Job, Job>? shape = null)
    {
        var points = new List<(double X, double Y)> { (0, 0) };
        points.AddRange(Enumerable.Range(1, jobs).Select(i => (10.0 * i, 0.0)));
        return new RoutingProblem
        {
            Profiles = [Profile(points)],
            Vehicles = vehicles,
            Jobs = [.. Enumerable.Range(0, jobs).Select(j => shape is null ? new Job { Location = j + 1 } : shape(j, new Job { Location = j + 1 }))],
        };
    }

    public static Vehicle Vehicle(int day = 0, ulong skills = 0) => new() { StartLocation = 0, EndLocation = 0, Day = day, Skills = skills };
}
