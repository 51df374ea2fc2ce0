using OutreachRouting.Rota.Tests.Support;
using static OutreachRouting.Rota.Tests.Support.RotaScenario;

namespace OutreachRouting.Rota.Tests.Validation;

public sealed class RotaValidatorTests
{
    private const string MondaySam = "mon/sam";
    private const string Wednesday = "wed/amara+jo";
    private const string Friday = "fri/amara+jo";

    private static Task<IReadOnlyList<RotaViolation>> Validate(PlanningInput input, WeeklyRota rota) =>
        RotaValidator.ValidateAsync(input, rota, new StraightLineTravelTimes());

    /// <summary>Validates, and asserts that something broke and all of it is <paramref name="rule"/>.</summary>
    private static async Task<IReadOnlyList<RotaViolation>> Broken(RotaRule rule, PlanningInput input, WeeklyRota rota)
    {
        var violations = await Validate(input, rota);
        Assert.NotEmpty(violations);
        Assert.All(violations, v => Assert.Equal(rule, v.Rule));
        return violations;
    }

    private static async Task<RotaViolation> BrokenOnce(RotaRule rule, PlanningInput input, WeeklyRota rota) =>
        Assert.Single(await Broken(rule, input, rota));

    /// <summary>Asserts one violation, of <paramref name="rule"/>, naming that shift and venue.</summary>
    private static async Task<RotaViolation> BrokenAt(RotaRule rule, PlanningInput input, WeeklyRota rota, string shiftId, string venueId)
    {
        var violation = await BrokenOnce(rule, input, rota);
        Assert.Equal((shiftId, venueId), (violation.ShiftId, violation.VenueId));
        return violation;
    }

    [Fact]
    public async Task The_sound_rota_breaks_no_rule()
    {
        Assert.Empty(await Validate(Input, Plan));
    }

    [Fact]
    public async Task Travel_is_asked_for_once_per_mode_over_the_distinct_points()
    {
        var travel = new RecordingTravelTimes();
        Assert.Empty(await RotaValidator.ValidateAsync(Input, Plan, travel));
        // Walking: clinic, flat, sauna, both ends of the route; cycling: clinic and hostel.
        Assert.Equal([(TravelMode.Walking, 5), (TravelMode.Cycling, 2)], travel.Requests);
    }

    [Fact]
    public async Task A_rota_for_another_team_is_a_reference_error()
    {
        var violation = await BrokenOnce(RotaRule.Reference, Input, Plan with { Team = "shoc" });
        Assert.Equal("The rota is for team shoc, the input for team clash", violation.Message);
    }

    [Fact]
    public async Task A_worker_not_in_the_input_is_a_reference_error()
    {
        var violation = await BrokenOnce(RotaRule.Reference, Input, Plan.WithShift(Friday, s => s with { WorkerIds = [Amara.Id, "zed"] }));
        Assert.Equal((Friday, "zed"), (violation.ShiftId, violation.WorkerId));
    }

    [Fact]
    public async Task A_shift_on_a_day_off_breaks_availability()
    {
        var input = Input.WithWorker(Jo.Id, w => w with { DaysOff = [.. w.DaysOff, new(2026, 12, 2)] });
        var violation = await BrokenOnce(RotaRule.Availability, input, Plan);
        Assert.Equal((Wednesday, Jo.Id), (violation.ShiftId, violation.WorkerId));
        Assert.Equal("Jo is off on Wed 2 Dec (shift wed/amara+jo)", violation.Message);
    }

    [Fact]
    public async Task A_night_shift_past_the_end_of_the_slot_breaks_availability()
    {
        var input = Input.WithWorker(Amara.Id, w => w with { Availability = [w.Availability[0], new(DayOfWeek.Friday, new(18, 0), new(23, 59))] });
        var violation = await BrokenOnce(RotaRule.Availability, input, Plan);
        Assert.Equal((Friday, Amara.Id), (violation.ShiftId, violation.WorkerId));
    }

    [Theory]
    [InlineData(2, 0, true)]
    [InlineData(23, 59, false)]
    public async Task A_sunday_night_slot_reaches_into_next_week(int endHour, int endMinute, bool endsNextDay)
    {
        var input = Input.WithWorker(Jo.Id, w => w with { Availability = [.. w.Availability, new(DayOfWeek.Sunday, new(20, 0), new(endHour, endMinute), endsNextDay)] });
        var night = new RotaShift("sun/jo", DayOfWeek.Sunday, [Jo.Id], Clinic.Id, TravelMode.Walking, Clock.ToLocal(At(6, 21)), Clock.ToLocal(At(7, 1)), [], 0);
        var violations = await Validate(input, Plan with { Shifts = [.. Plan.Shifts, night] });
        if (endsNextDay)
        {
            Assert.Empty(violations);
            return;
        }
        var violation = Assert.Single(violations);
        Assert.Equal((RotaRule.Availability, "sun/jo"), (violation.Rule, violation.ShiftId));
    }

    [Fact]
    public async Task Slots_that_touch_are_one_stretch_of_availability()
    {
        var input = Input.WithWorker(Amara.Id, w => w with
        {
            Availability = [new(DayOfWeek.Wednesday, new(12, 0), new(17, 0)), new(DayOfWeek.Wednesday, new(9, 0), new(12, 0)), w.Availability[1]],
        });
        Assert.Empty(await Validate(input, Plan));
    }

    [Fact]
    public async Task Two_shifts_at_once_double_book_the_worker()
    {
        var late = new RotaShift("mon/sam/late", DayOfWeek.Monday, [Sam.Id], Clinic.Id, TravelMode.Cycling, Clock.ToLocal(At(0, 14)), Clock.ToLocal(At(0, 15)), [], 0);
        var violation = await BrokenOnce(RotaRule.DoubleBooked, Input, Plan with { Shifts = [.. Plan.Shifts, late] });
        Assert.Equal((late.Id, Sam.Id), (violation.ShiftId, violation.WorkerId));
    }

    [Fact]
    public async Task More_hours_than_the_contract_break_it()
    {
        var violation = await BrokenOnce(RotaRule.ContractedHours, Input.WithWorker(Jo.Id, w => w with { ContractedHours = 12 }), Plan);
        Assert.Equal("Jo works 12.5 h this week, contracted for 12 h", violation.Message);
        Assert.Equal(Jo.Id, violation.WorkerId);
    }

    [Fact]
    public async Task A_shift_longer_than_allowed_breaks_the_shift_length()
    {
        var input = Input with { Settings = Input.Settings with { MaxShiftHours = 6.5 } };
        Assert.Equal(Wednesday, (await BrokenOnce(RotaRule.ShiftLength, input, Plan)).ShiftId);
    }

    [Fact]
    public async Task Seven_hours_without_a_break_break_the_break_rule()
    {
        var rota = Plan.WithShift(Wednesday, s => s with { Stops = [.. s.Stops.Where(stop => stop.Kind != RotaStopKind.Break)] });
        var violation = await BrokenOnce(RotaRule.Break, Input, rota);
        Assert.Equal(Wednesday, violation.ShiftId);
        Assert.Equal("Shift wed/amara+jo works 7 h without a break, Wed 09:30–16:30; the most is 6 h", violation.Message);
    }

    [Fact]
    public async Task A_break_too_short_to_count_is_named_and_leaves_the_stretch_unbroken()
    {
        var input = Input with { Settings = Input.Settings with { BreakMinutes = 45 } };
        var violations = await Broken(RotaRule.Break, input, Plan);
        Assert.Equal(2, violations.Count);
        Assert.All(violations, v => Assert.Equal(Wednesday, v.ShiftId));
    }

    /// <summary>Changes to one stop of Wednesday's shift, each breaking the rule named, at the venue named.</summary>
    public static TheoryData<RotaRule, int, string, Func<RotaStop, RotaStop>> StopEdits => new()
    {
        // Arriving sooner than the walk allows: from Flat 12, after the break ends at 12:30, takes 7.9 minutes.
        { RotaRule.Timing, 2, Sauna.Id, stop => stop with { Arrival = Clock.ToLocal(At(2, 12, 35)) } },
        { RotaRule.Timing, 0, Flat.Id, stop => stop with { TravelMinutes = stop.TravelMinutes + 0.5 } },
        { RotaRule.VisitDuration, 2, Sauna.Id, stop => stop with { End = Clock.ToLocal(At(2, 15, 50)) } },
    };

    [Theory]
    [MemberData(nameof(StopEdits))]
    public async Task An_edited_stop_breaks_its_rule(RotaRule rule, int stop, string venueId, Func<RotaStop, RotaStop> edit)
    {
        await BrokenAt(rule, Input, Plan.WithShift(Wednesday, s => s.WithStop(stop, edit)), Wednesday, venueId);
    }

    [Fact]
    public async Task Ending_before_the_way_back_breaks_timing()
    {
        var rota = Plan.WithShift(Wednesday, s => s with { End = Clock.ToLocal(At(2, 16, 5)) });
        Assert.Equal(Wednesday, (await BrokenOnce(RotaRule.Timing, Input, rota)).ShiftId);
    }

    /// <summary>Changes to the input the sound rota then breaks, at the shift and venue named.</summary>
    public static TheoryData<RotaRule, string, string, Func<PlanningInput, PlanningInput>> InputEdits => new()
    {
        // The sauna closes during the visit.
        { RotaRule.AccessWindow, Wednesday, Sauna.Id, input => input.WithVenue(Sauna.Id, v => v with { AccessWindows = [new(DayOfWeek.Wednesday, new(12, 0), new(15, 30))] }) },
        // The route's window closes before midnight, the visit runs until then.
        { RotaRule.AccessWindow, Friday, Route.Id, input => input.WithVenue(Route.Id, v => v with { AccessWindows = [new(DayOfWeek.Friday, new(20, 0), new(23, 30))] }) },
        { RotaRule.Testing, Wednesday, Sauna.Id, input => input.WithWorker(Jo.Id, w => w with { Skills = [WorkerSkill.HealthPromotion] }) },
    };

    [Theory]
    [MemberData(nameof(InputEdits))]
    public async Task An_edited_input_is_broken_by_the_rota(RotaRule rule, string shiftId, string venueId, Func<PlanningInput, PlanningInput> edit)
    {
        await BrokenAt(rule, edit(Input), Plan, shiftId, venueId);
    }

    [Fact]
    public async Task A_visit_needing_a_language_no_one_speaks_breaks_language()
    {
        var input = Input.WithWorker(Jo.Id, w => w with { Languages = ["English"] });
        var violation = await BrokenAt(RotaRule.Language, input, Plan, Wednesday, Sauna.Id);
        Assert.Equal("Steam Sauna needs Polish; no one on shift wed/amara+jo speaks it", violation.Message);
    }

    [Fact]
    public async Task A_women_only_venue_visited_by_an_ineligible_worker_breaks_women_only()
    {
        var input = Input.WithWorker(Amara.Id, w => w with { WomenOnlyEligible = false });
        var violation = await BrokenOnce(RotaRule.WomenOnly, input, Plan);
        Assert.Equal((Wednesday, Amara.Id, Flat.Id), (violation.ShiftId, violation.WorkerId, violation.VenueId));
    }

    [Fact]
    public async Task A_pair_required_visit_by_one_worker_breaks_the_pair_rule()
    {
        var rota = Plan.WithShift(Wednesday, s => s with { Id = "wed/jo", WorkerIds = [Jo.Id] });
        var violation = await BrokenAt(RotaRule.Pair, Input, rota, "wed/jo", Flat.Id);
        Assert.Equal("Flat 12 needs a pair; shift wed/jo is one worker", violation.Message);
    }

    [Fact]
    public async Task A_street_route_walked_alone_at_night_breaks_the_pair_rule()
    {
        var rota = Plan.WithShift(Friday, s => s with { Id = "fri/jo", WorkerIds = [Jo.Id] });
        await BrokenAt(RotaRule.Pair, Input, rota, "fri/jo", Route.Id);
    }

    [Fact]
    public async Task A_street_route_walked_alone_by_day_is_allowed()
    {
        var rota = Plan.WithShift(Friday, s => s with { Id = "fri/jo", WorkerIds = [Jo.Id] });
        var input = Input with { Settings = Input.Settings with { NightStart = new(0, 30), NightEnd = new(6, 0) } };
        Assert.Empty(await Validate(input, rota));
    }

    [Fact]
    public async Task A_session_staffed_by_too_few_breaks_the_session_rule()
    {
        var rota = Plan.WithShift(MondaySam, s => s with { Stops = [.. s.Stops.Where(stop => stop.Kind != RotaStopKind.Session)] });
        var violations = await Broken(RotaRule.Session, Input, rota);
        Assert.Equal(
            ["PrEP drop-in (Mon 10:00–13:00 at Pancras Clinic) needs 2 workers; only Jo staffs it", "PrEP drop-in (Mon 10:00–13:00 at Pancras Clinic) needs PepPrep; no one staffing it has it"],
            violations.Select(v => v.Message));
    }

    [Fact]
    public async Task A_session_stop_at_another_time_breaks_the_session_rule()
    {
        var rota = Plan.WithShift("mon/jo", s => s.WithStop(0, stop => stop with { Start = Clock.ToLocal(At(0, 10, 15)) }));
        var violations = await Broken(RotaRule.Session, Input, rota);
        Assert.Equal(2, violations.Count);
        Assert.Equal("mon/jo", violations[0].ShiftId);
    }

    [Fact]
    public async Task A_pin_on_another_day_is_not_kept()
    {
        var input = Input with { Pins = [new(Sauna.Id, Jo.Id, DayOfWeek.Thursday)] };
        var violation = await BrokenOnce(RotaRule.Pin, input, Plan);
        Assert.Equal((Jo.Id, Sauna.Id), (violation.WorkerId, violation.VenueId));
    }

    [Fact]
    public async Task A_due_visit_neither_placed_nor_listed_breaks_accounting()
    {
        var violation = await BrokenOnce(RotaRule.Accounting, Input, Plan with { Unplaced = [Plan.Unplaced[0]] });
        Assert.Equal("Visit 3 of 3 to Canal route is neither placed nor listed as unplaced", violation.Message);
    }

    [Fact]
    public async Task Listing_a_visit_to_a_venue_with_nothing_due_breaks_accounting()
    {
        var rota = Plan with { Unplaced = [.. Plan.Unplaced, new(Cafe.Id, 1, UnplacedReason.NoCapacity, "No one is free on Thursday")] };
        Assert.Equal(Cafe.Id, (await BrokenOnce(RotaRule.Accounting, Input, rota)).VenueId);
    }

    [Fact]
    public async Task A_visit_numbered_past_what_is_due_breaks_accounting()
    {
        var rota = Plan.WithShift(Wednesday, s => s.WithStop(0, stop => stop with { Visit = 2 }));
        var violations = await Broken(RotaRule.Accounting, Input, rota);
        Assert.Equal(
            ["Visit 1 of 1 to Flat 12 is neither placed nor listed as unplaced", "Shift wed/amara+jo makes visit 2 to Flat 12, but 1 is due this week"],
            violations.Select(v => v.Message));
    }
}
