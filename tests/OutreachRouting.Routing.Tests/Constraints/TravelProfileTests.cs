namespace OutreachRouting.Routing.Tests.Constraints;

public class TravelProfileTests
{
    [Fact]
    public void A_job_only_a_cyclist_reaches_in_time_goes_to_the_cyclist()
    {
        // Job 2 at x = 30 must start by 35: the walker (vehicle 0, twice the cycling time) gets there at 60 at
        // the earliest, the cyclist (vehicle 1) at 30.
        var line = Problems.Line(3, [Problems.Vehicle() with { Profile = 1 }, Problems.Vehicle() with { FixedCost = 5 }],
            (j, job) => j == 2 ? job with { TimeWindows = [new(0, 35)] } : job);
        var cycling = line.Profiles[0];
        var walking = new TravelProfile(Matrix.FromFunction(cycling.Durations.Size, (i, j) => 2 * cycling.Durations[i, j]), cycling.Distances);
        var problem = line with { Profiles = [cycling, walking] };

        var result = Solve.Feasibly(problem);

        Assert.Equal(1, Solve.VehicleOf(result, 2));
    }
}
