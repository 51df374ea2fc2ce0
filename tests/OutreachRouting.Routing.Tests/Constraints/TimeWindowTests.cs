namespace OutreachRouting.Routing.Tests.Constraints;

public class TimeWindowTests
{
    [Fact]
    public void A_job_with_several_windows_is_served_in_one_of_them()
    {
        // Job 2 (x = 30) opens at [0, 5] and [200, 210]; the first cannot be reached, so the route waits for the second.
        var problem = Problems.Line(3, [Problems.Vehicle()],
            (j, job) => j == 2 ? job with { TimeWindows = [new(0, 5), new(200, 210)] } : job);
        var result = Solve.Feasibly(problem);
        var route = result.Check.Routes.Single();
        var stops = result.Solution.Routes.Single().Stops;
        var start = route.StartTimes[stops.ToList().FindIndex(s => s.Index == 2)];
        Assert.InRange(start, 200, 210);
    }

    [Fact]
    public void The_earlier_window_is_used_when_it_can_be_reached()
    {
        var problem = Problems.Line(3, [Problems.Vehicle()],
            (j, job) => j == 0 ? job with { TimeWindows = [new(5, 15), new(200, 210)] } : job);
        var result = Solve.Feasibly(problem);
        Assert.Equal(60, result.Objective, 6);
        Assert.True(result.Check.Routes.Single().Duration < 100);
    }
}
