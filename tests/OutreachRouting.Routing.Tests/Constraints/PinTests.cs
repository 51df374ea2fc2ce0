namespace OutreachRouting.Routing.Tests.Constraints;

public class PinTests
{
    [Fact]
    public void A_job_pinned_to_a_vehicle_is_served_by_it_even_at_a_cost()
    {
        // One vehicle could serve all four jobs in one sweep; the pin forces a second vehicle out.
        var problem = Problems.Line(4, [Problems.Vehicle(), Problems.Vehicle() with { FixedCost = 50 }],
            (j, job) => j == 2 ? job with { PinnedVehicle = 1 } : job);
        var result = Solve.Feasibly(problem);
        Assert.Equal(1, Solve.VehicleOf(result, 2));
    }

    [Fact]
    public void A_job_pinned_to_a_day_is_served_by_a_vehicle_of_that_day()
    {
        var problem = Problems.Line(4, [Problems.Vehicle(day: 0), Problems.Vehicle(day: 1), Problems.Vehicle(day: 2)],
            (j, job) => j == 1 ? job with { PinnedDay = 2 } : job);
        var result = Solve.Feasibly(problem);
        Assert.Equal(2, Solve.VehicleOf(result, 1));
    }
}
