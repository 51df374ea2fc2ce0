namespace OutreachRouting.Routing.Tests.Constraints;

public class WarmStartTests
{
    private static int Moved(Solution before, Solution after, int jobs) =>
        Enumerable.Range(0, jobs).Count(j => before.Routes.FirstOrDefault(r => r.Jobs.Contains(j))?.Vehicle
            != after.Routes.FirstOrDefault(r => r.Jobs.Contains(j))?.Vehicle);

    [Fact]
    public void A_replan_with_change_costs_keeps_jobs_on_their_vehicles()
    {
        var problem = Problems.Random(20, 8, seed: 7, windowWidth: 60, capacity: 60);
        var previous = Solve.Feasibly(problem, iterations: 20, seed: 3).Solution;
        // The re-plan: job 0 may now be visited at any time, which opens up cheaper plans.
        var replan = problem with { Jobs = [problem.Jobs[0] with { TimeWindows = [] }, .. problem.Jobs.Skip(1)] };

        var sticky = Solve.Feasibly(replan with { WarmStart = new WarmStart(previous, [.. Enumerable.Repeat(1000.0, 20)]) });

        Assert.Equal(0, Moved(previous, sticky.Solution, 20));
        Assert.Equal(sticky.Check.Distance, sticky.Objective, 6);
        Assert.True(sticky.Check.Distance <= SolutionChecker.Check(replan, previous).Distance + 1e-9);
    }

    [Fact]
    public void Change_costs_are_part_of_the_objective()
    {
        var problem = Problems.Line(2, [Problems.Vehicle(), Problems.Vehicle() with { FixedCost = 1000 }]);
        // The previous plan used the expensive vehicle for job 1; moving it saves 1000 and costs the change.
        var previous = new Solution([Route.OfJobs(0, [0]), Route.OfJobs(1, [1])], []);
        var result = Solve.Feasibly(problem with { WarmStart = new WarmStart(previous, [0, 300]) });
        Assert.Equal(0, Solve.VehicleOf(result, 1));
        Assert.Equal(40 + 300, result.Objective, 6);
    }
}
