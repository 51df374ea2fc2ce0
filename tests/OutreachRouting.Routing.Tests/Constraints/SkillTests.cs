namespace OutreachRouting.Routing.Tests.Constraints;

public class SkillTests
{
    private const ulong Pair = 1;
    private const ulong Nurse = 2;

    [Fact]
    public void Jobs_needing_a_pair_or_a_skill_go_only_to_vehicles_that_have_it()
    {
        var problem = Problems.Line(6,
            [Problems.Vehicle(), Problems.Vehicle(skills: Pair | Nurse), Problems.Vehicle(skills: Nurse)],
            (j, job) => j switch
            {
                0 or 3 => job with { RequiredSkills = Pair },
                1 => job with { RequiredSkills = Nurse },
                _ => job,
            });
        var result = Solve.Feasibly(problem);
        Assert.Equal(1, Solve.VehicleOf(result, 0));
        Assert.Equal(1, Solve.VehicleOf(result, 3));
        Assert.Contains(Solve.VehicleOf(result, 1), new[] { 1, 2 });
    }

    [Fact]
    public void A_job_no_vehicle_can_serve_is_left_out_when_optional()
    {
        var problem = Problems.Line(3, [Problems.Vehicle()], (j, job) => j == 1 ? job with { RequiredSkills = Pair, Penalty = 10 } : job);
        var result = Solve.Feasibly(problem);
        Assert.Equal([1], result.Solution.Unassigned);
    }
}
