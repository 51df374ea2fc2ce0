namespace OutreachRouting.Routing.Tests.Model;

public class RoutingProblemTests
{
    private static readonly RoutingProblem Base = Problems.Line(3, [Problems.Vehicle()]);

    [Fact]
    public void A_sound_problem_validates()
    {
        Base.Validate();
    }

    public static TheoryData<string> Broken => ["pin", "location", "window", "group", "costs", "shift"];

    [Theory]
    [MemberData(nameof(Broken))]
    public void Inconsistent_input_is_refused_before_searching(string what)
    {
        var problem = what switch
        {
            "pin" => Base with { Jobs = [Base.Jobs[0] with { PinnedVehicle = 3 }, .. Base.Jobs.Skip(1)] },
            "location" => Base with { Jobs = [Base.Jobs[0] with { Location = 99 }, .. Base.Jobs.Skip(1)] },
            "window" => Base with { Jobs = [Base.Jobs[0] with { TimeWindows = [new(50, 60), new(55, 70)] }, .. Base.Jobs.Skip(1)] },
            "group" => Base with { Groups = [new JobGroup([0, 1]), new JobGroup([1, 2])] },
            "costs" => Base with { AssignmentCosts = new double[2, 3] },
            _ => Base with { Vehicles = [Problems.Vehicle() with { Shift = new(100, 50) }] },
        };
        Assert.Throws<ArgumentException>(problem.Validate);
        Assert.Throws<ArgumentException>(() => RoutingEngine.Solve(problem, new SearchOptions { TimeLimit = null, MaxIterations = 1 }));
    }
}
