namespace OutreachRouting.Routing.Tests.Constraints;

public class SpacingTests
{
    // Five one-worker days; jobs 0..2 are three visits to the same venue (location 1), jobs 3..5 elsewhere.
    private static RoutingProblem Week(int spacing, double? penalty) =>
        Problems.Line(6, [.. Enumerable.Range(0, 5).Select(d => Problems.Vehicle(day: d))],
            (j, job) => j < 3 ? job with { Location = 1, Penalty = penalty } : job) with
        {
            Groups = [new JobGroup([0, 1, 2], spacing)],
        };

    [Fact]
    public void Visits_to_one_venue_land_on_days_at_least_the_spacing_apart()
    {
        var result = Solve.Feasibly(Week(spacing: 2, penalty: null));
        var days = Enumerable.Range(0, 3).Select(j => Solve.VehicleOf(result, j)).Order().ToArray();
        Assert.All(days.Zip(days.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 2, $"days {string.Join(",", days)}"));
    }

    [Fact]
    public void A_visit_that_cannot_be_spaced_is_left_out_at_its_penalty()
    {
        // Days 0..4 with spacing 3 leave room for two visits only.
        var result = Solve.Feasibly(Week(spacing: 3, penalty: 1000));
        Assert.Single(result.Solution.Unassigned);
        Assert.Contains(result.Solution.Unassigned[0], new[] { 0, 1, 2 });
    }
}
