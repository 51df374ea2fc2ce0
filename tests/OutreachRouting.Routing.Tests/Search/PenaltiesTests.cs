namespace OutreachRouting.Routing.Tests.Search;

public class PenaltiesTests
{
    [Fact]
    public void With_fast_iterations_prices_move_after_fifty_optima_towards_half_of_them_feasible()
    {
        var penalties = new Penalties(timeWarp: 1, capacity: 1);
        for (var i = 0; i < 49; i++)
            penalties.Record(warpFeasible: false, loadFeasible: true, progress: i * 1e-4);
        Assert.Equal((1.0, 1.0), (penalties.TimeWarp, penalties.Capacity));

        penalties.Record(warpFeasible: false, loadFeasible: true, progress: 0.005);

        Assert.True(penalties.TimeWarp > 1, "all late: time warp should cost more");
        Assert.True(penalties.Capacity < 1, "all within capacity: excess load should cost less");
    }

    [Fact]
    public void With_slow_iterations_prices_move_every_two_percent_of_the_budget_once_five_optima_are_in()
    {
        var penalties = new Penalties(timeWarp: 1, capacity: 1);
        for (var i = 0; i < 4; i++)
            penalties.Record(warpFeasible: false, loadFeasible: false, progress: 0.01 * (i + 1));
        Assert.Equal(1.0, penalties.TimeWarp);

        penalties.Record(warpFeasible: false, loadFeasible: false, progress: 0.05);
        var raised = penalties.TimeWarp;
        Assert.True(raised > 1);

        // Five more, but within 2 % of the budget of the last change: no change yet.
        for (var i = 0; i < 5; i++)
            penalties.Record(warpFeasible: false, loadFeasible: false, progress: 0.06);
        Assert.Equal(raised, penalties.TimeWarp);
        penalties.Record(warpFeasible: false, loadFeasible: false, progress: 0.071);
        Assert.True(penalties.TimeWarp > raised);
    }
}
