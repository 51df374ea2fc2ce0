namespace OutreachRouting.Routing.Tests.Checking;

public class SolutionCheckerTests
{
    // Depot at x = 0, jobs 0, 1, 2 at x = 10, 20, 30: the route 0→1→2 and back is 60 long.
    private static readonly RoutingProblem Base = Problems.Line(3, [Problems.Vehicle(), Problems.Vehicle()]);

    private static readonly Solution Good = new([Route.OfJobs(0, [0, 1, 2])], []);

    private static IReadOnlyList<ViolationKind> Kinds(RoutingProblem problem, Solution solution) =>
        [.. SolutionChecker.Check(problem, solution).Kinds];

    [Fact]
    public void A_sound_plan_passes_and_its_objective_is_recomputed()
    {
        var problem = Base with
        {
            Vehicles = [Problems.Vehicle() with { FixedCost = 100 }, Problems.Vehicle()],
            AssignmentCosts = new double[,] { { 1, 2, 3 }, { 0, 0, 0 } },
        };
        var report = SolutionChecker.Check(problem, Good);
        Assert.True(report.IsFeasible, string.Join("; ", report.Violations));
        Assert.Equal(60, report.Distance, 9);
        Assert.Equal(60 + 100 + 6, report.Objective, 9);
        Assert.Equal(1, report.VehiclesUsed);
    }

    [Fact]
    public void A_late_arrival_breaks_the_window()
    {
        var problem = Base with { Jobs = [Base.Jobs[0], Base.Jobs[1] with { TimeWindows = [new(0, 15)] }, Base.Jobs[2]] };
        var violation = Assert.Single(SolutionChecker.Check(problem, Good).Violations);
        Assert.Equal(ViolationKind.TimeWindow, violation.Kind);
        Assert.Equal(1, violation.Job);
    }

    [Fact]
    public void Waiting_for_a_window_is_allowed_and_reported_in_the_schedule()
    {
        var problem = Base with { Jobs = [Base.Jobs[0], Base.Jobs[1] with { TimeWindows = [new(100, 110)] }, Base.Jobs[2]] };
        var report = SolutionChecker.Check(problem, Good);
        Assert.True(report.IsFeasible);
        Assert.Equal([90, 100, 110], report.Routes[0].StartTimes);
        Assert.Equal(90 - 10, report.Routes[0].Departure);
    }

    [Fact]
    public void Too_much_load_breaks_capacity()
    {
        var problem = Base with
        {
            Vehicles = [Problems.Vehicle() with { Capacity = 5 }],
            Jobs = [.. Base.Jobs.Select(j => j with { Demand = 2 })],
        };
        Assert.Equal([ViolationKind.Capacity], Kinds(problem, Good));
    }

    [Fact]
    public void Returning_after_the_shift_breaks_it()
    {
        var problem = Base with { Vehicles = [Problems.Vehicle() with { Shift = new(0, 50) }] };
        Assert.Equal([ViolationKind.Shift], Kinds(problem, Good));
    }

    [Fact]
    public void Working_too_long_breaks_the_maximum_duration()
    {
        var problem = Base with { Vehicles = [Problems.Vehicle() with { MaxDuration = 59 }] };
        Assert.Equal([ViolationKind.MaxDuration], Kinds(problem, Good));
    }

    [Fact]
    public void Waiting_before_departure_does_not_count_towards_duration()
    {
        var problem = Base with
        {
            Vehicles = [Problems.Vehicle() with { MaxDuration = 60 }],
            Jobs = [Base.Jobs[0] with { TimeWindows = [new(500, 510)] }, Base.Jobs[1], Base.Jobs[2]],
        };
        Assert.True(SolutionChecker.Check(problem, Good).IsFeasible);
    }

    [Fact]
    public void A_missing_or_late_break_is_named()
    {
        var problem = Base with { Vehicles = [Problems.Vehicle() with { Breaks = [new VehicleBreak(new(0, 15), 5)] }] };
        Assert.Equal([ViolationKind.Break], Kinds(problem, Good));
        var late = new Solution([new Route(0, [Stop.ForJob(0), Stop.ForJob(1), Stop.ForBreak(0), Stop.ForJob(2)])], []);
        Assert.Equal([ViolationKind.Break], Kinds(problem, late));
        var onTime = new Solution([new Route(0, [Stop.ForJob(0), Stop.ForBreak(0), Stop.ForJob(1), Stop.ForJob(2)])], []);
        var report = SolutionChecker.Check(problem, onTime);
        Assert.True(report.IsFeasible);
        Assert.Equal([10, 10, 25, 35], report.Routes[0].StartTimes);
    }

    [Fact]
    public void A_vehicle_without_the_skill_breaks_the_skill_rule()
    {
        var problem = Base with { Jobs = [Base.Jobs[0] with { RequiredSkills = 0b10 }, Base.Jobs[1], Base.Jobs[2]] };
        Assert.Equal([ViolationKind.Skill], Kinds(problem, Good));
    }

    [Fact]
    public void Serving_a_pinned_job_elsewhere_breaks_the_pin()
    {
        var byVehicle = Base with { Jobs = [Base.Jobs[0] with { PinnedVehicle = 1 }, Base.Jobs[1], Base.Jobs[2]] };
        Assert.Equal([ViolationKind.Pin], Kinds(byVehicle, Good));
        var byDay = Base with { Jobs = [Base.Jobs[0] with { PinnedDay = 3 }, Base.Jobs[1], Base.Jobs[2]] };
        Assert.Equal([ViolationKind.Pin], Kinds(byDay, Good));
    }

    [Fact]
    public void Visits_to_one_venue_too_close_in_days_break_spacing()
    {
        var problem = Base with
        {
            Vehicles = [Problems.Vehicle(day: 0), Problems.Vehicle(day: 1), Problems.Vehicle(day: 2)],
            Groups = [new JobGroup([0, 2], MinSpacingDays: 2)],
        };
        var tooClose = new Solution([Route.OfJobs(0, [0, 1]), Route.OfJobs(1, [2])], []);
        Assert.Equal([ViolationKind.Spacing], Kinds(problem, tooClose));
        var sameDay = new Solution([Route.OfJobs(0, [0, 1, 2])], []);
        Assert.Equal([ViolationKind.Spacing], Kinds(problem, sameDay));
        var spaced = new Solution([Route.OfJobs(0, [0, 1]), Route.OfJobs(2, [2])], []);
        Assert.Empty(Kinds(problem, spaced));
    }

    [Fact]
    public void A_vehicle_driving_twice_breaks_the_fleet_size()
    {
        var twice = new Solution([Route.OfJobs(0, [0]), Route.OfJobs(0, [1, 2])], []);
        Assert.Contains(ViolationKind.FleetSize, Kinds(Base, twice));
        var unknown = new Solution([Route.OfJobs(7, [0, 1, 2])], []);
        Assert.Contains(ViolationKind.UnknownIndex, Kinds(Base, unknown));
    }

    [Fact]
    public void Serving_twice_or_not_at_all_is_caught()
    {
        var twice = new Solution([Route.OfJobs(0, [0, 1]), Route.OfJobs(1, [1, 2])], []);
        Assert.Equal([ViolationKind.DuplicateJob], Kinds(Base, twice));
        var missing = new Solution([Route.OfJobs(0, [0, 1])], [2]);
        Assert.Equal([ViolationKind.MissingJob], Kinds(Base, missing));
    }

    [Fact]
    public void An_optional_job_left_out_costs_its_penalty()
    {
        var problem = Base with { Jobs = [Base.Jobs[0], Base.Jobs[1], Base.Jobs[2] with { Penalty = 1000 }] };
        var report = SolutionChecker.Check(problem, new Solution([Route.OfJobs(0, [0, 1])], [2]));
        Assert.True(report.IsFeasible);
        Assert.Equal(40 + 1000, report.Objective, 9);
    }

    [Fact]
    public void The_first_open_window_of_several_is_used()
    {
        var problem = Base with { Jobs = [Base.Jobs[0], Base.Jobs[1] with { TimeWindows = [new(0, 5), new(50, 60)] }, Base.Jobs[2]] };
        var report = SolutionChecker.Check(problem, Good);
        Assert.True(report.IsFeasible);
        Assert.Equal(50, report.Routes[0].StartTimes[1]);
    }

    [Fact]
    public void Changes_from_the_warm_start_are_charged()
    {
        var previous = new Solution([Route.OfJobs(1, [0, 1, 2])], []);
        var problem = Base with { WarmStart = new WarmStart(previous, [5, 7, 11]) };
        Assert.Equal(60 + 5 + 7 + 11, SolutionChecker.Check(problem, Good).Objective, 9);
        Assert.Equal(60, SolutionChecker.Check(problem, new Solution([Route.OfJobs(1, [0, 1, 2])], [])).Objective, 9);
    }
}
