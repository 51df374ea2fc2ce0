namespace OutreachRouting.Routing.Tests.Constraints;

public class BreakTests
{
    [Fact]
    public void A_used_vehicle_takes_its_break_inside_the_window()
    {
        // Jobs at x = 10..50 each take 20 of service; the 30-long break must start within [60, 80].
        var shift = Problems.Vehicle() with { Breaks = [new VehicleBreak(new(60, 80), 30)], MaxDuration = 300 };
        var problem = Problems.Line(5, [shift], (_, job) => job with { ServiceDuration = 20 });
        var result = Solve.Feasibly(problem);

        var stops = result.Solution.Routes.Single().Stops.ToList();
        var index = stops.IndexOf(Stop.ForBreak(0));
        Assert.True(index >= 0, "the break is missing");
        Assert.InRange(result.Check.Routes.Single().StartTimes[index], 60, 80);
    }

    [Fact]
    public void A_break_that_does_not_fit_before_the_shift_ends_makes_the_search_drop_optional_work()
    {
        // Serving all three jobs ends at 60; with the 50-long break the shift (ending at 90) is too short,
        // so the engine serves what fits before and after the break and leaves the rest out.
        var shift = Problems.Vehicle() with { Shift = new(0, 90), Breaks = [new VehicleBreak(new(0, 90), 50)] };
        var problem = Problems.Line(3, [shift], (_, job) => job with { Penalty = 100 });
        var result = Solve.Feasibly(problem);
        Assert.NotEmpty(result.Solution.Unassigned);
        Assert.Contains(Stop.ForBreak(0), result.Solution.Routes.Single().Stops);
    }
}
