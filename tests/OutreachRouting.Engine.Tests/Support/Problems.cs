using OutreachRouting.Engine.Model;

namespace OutreachRouting.Engine.Tests.Support;

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
