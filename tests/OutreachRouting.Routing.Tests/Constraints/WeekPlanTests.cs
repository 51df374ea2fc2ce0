namespace OutreachRouting.Routing.Tests.Constraints;

/// <summary>All the rota's rules at once, on a week shaped like the planner's.</summary>
public class WeekPlanTests
{
    private const ulong Pair = 1;

    [Fact]
    public void A_week_with_groups_breaks_pairs_pins_and_continuity_comes_out_clean()
    {
        var random = new Random(4);
        var points = new List<(double X, double Y)> { (0, 0) };
        points.AddRange(Enumerable.Range(0, 15).Select(_ => (random.NextDouble() * 60 - 30, random.NextDouble() * 60 - 30)));
        var profile = Problems.Profile(points);

        // Five days; each day a lone worker and a pair, 8-hour shifts in minutes with a 30-minute break mid-day.
        var vehicles = Enumerable.Range(0, 5).SelectMany(day => new[] { false, true }.Select(pair => new Vehicle
        {
            StartLocation = 0,
            EndLocation = 0,
            Day = day,
            Skills = pair ? Pair : 0,
            Shift = new TimeWindow(540, 1020),
            MaxDuration = 420,
            Breaks = [new VehicleBreak(new TimeWindow(720, 810), 30)],
            FixedCost = 20,
        })).ToList();

        // Fifteen venues visited twice in the week, at least two days apart; every third needs a pair;
        // venue 0's visits are pinned to Monday and Thursday; the second visit of each venue is optional.
        var jobs = new List<Job>();
        var groups = new List<JobGroup>();
        for (var venue = 0; venue < 15; venue++)
        {
            for (var visit = 0; visit < 2; visit++)
            {
                jobs.Add(new Job
                {
                    Location = venue + 1,
                    ServiceDuration = 45,
                    TimeWindows = venue % 4 == 0 ? [new(600, 690), new(900, 960)] : [],
                    RequiredSkills = venue % 3 == 0 ? Pair : 0,
                    Penalty = visit == 1 ? 200 : null,
                    PinnedDay = venue == 0 ? visit * 3 : null,
                });
            }
            groups.Add(new JobGroup([2 * venue, 2 * venue + 1], MinSpacingDays: 2));
        }
        // Continuity: the pair of day d knows the venues with index d mod 5.
        var continuity = new double[vehicles.Count, jobs.Count];
        for (var v = 0; v < vehicles.Count; v++)
        {
            for (var j = 0; j < jobs.Count; j++)
                continuity[v, j] = j / 2 % 5 == vehicles[v].Day ? 0 : 15;
        }
        var problem = new RoutingProblem { Profiles = [profile], Vehicles = vehicles, Jobs = jobs, Groups = groups, AssignmentCosts = continuity };

        var result = Solve.Feasibly(problem, iterations: 200);

        Assert.All(Enumerable.Range(0, 15), venue => Assert.NotEqual(-1, Solve.VehicleOf(result, 2 * venue)));
        Assert.True(result.Solution.Unassigned.Count <= 5, $"{result.Solution.Unassigned.Count} optional visits left out");
        Assert.All(result.Solution.Routes, route => Assert.Contains(Solutions.Stop.ForBreak(0), route.Stops));
    }
}
