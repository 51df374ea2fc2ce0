using System.Text.Json;
using OutreachRouting.Rota.Planning;
using OutreachRouting.Routing;
using OutreachRouting.TestSupport.Week;
using static OutreachRouting.Rota.Tests.Support.PlanningWeek;

namespace OutreachRouting.Rota.Tests.Planning;

/// <summary>
/// The planner's rotas keep every hard rule (each plan here is also run through the independent validator) and
/// weigh the soft ones as the design says. Hand-built weeks are searched for a fixed number of iterations, so a
/// test gives the same plan on any machine under any load.
/// </summary>
public sealed class RotaPlannerTests
{
    private static readonly StraightLineTravelTimes Travel = new();

    private static readonly SearchOptions Fixed = new() { TimeLimit = null, MaxIterations = 200, Seed = 1, Parallelism = 1 };

    /// <summary>Plans, and asserts that the validator finds nothing broken.</summary>
    private static async Task<RotaPlan> PlanAsync(PlanningInput input, SearchOptions? options = null)
    {
        var plan = await RotaPlanner.PlanAsync(input, Travel, options ?? Fixed);
        var violations = await RotaValidator.ValidateAsync(input, plan.Rota, Travel);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        return plan;
    }

    /// <summary>The one shift making the venue's visit, and the stop.</summary>
    private static (RotaShift Shift, RotaStop Stop) VisitTo(WeeklyRota rota, string venueId, int visit = 1) =>
        Assert.Single(rota.Shifts.SelectMany(s => s.Stops.Where(t => t.Kind == RotaStopKind.Visit && t.VenueId == venueId && t.Visit == visit).Select(t => (s, t))));

    private static double Minute(DateTime local) => Clock.ToMinute(local);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Generated_weeks_planned_in_half_a_second_break_no_rule_and_account_for_every_due_visit(int seed)
    {
        var input = WeekGenerator.Generate(1, 8, 80, seed)[0];
        var plan = await PlanAsync(input, new SearchOptions { TimeLimit = TimeSpan.FromSeconds(0.5), Seed = seed });

        var figures = plan.Rota.Figures;
        Assert.True(figures.PlacedVisits > 0);
        Assert.Equal(figures.DueVisits, figures.PlacedVisits + plan.Rota.Unplaced.Count);
        Assert.All(plan.Rota.Unplaced, u => Assert.False(string.IsNullOrWhiteSpace(u.Message)));
        Assert.Empty(plan.Changes);
    }

    [Fact]
    public async Task A_pair_required_flat_and_a_street_route_walked_at_night_go_to_pairs()
    {
        var workers = new[] { "ana", "bea", "cal" }.Select(id => Worker(id, 20, Slot(DayOfWeek.Wednesday, 9, 17), Slot(DayOfWeek.Friday, 18, 28))).ToList();
        var flat = Venue("flat", 400, 0, Slot(DayOfWeek.Wednesday, 10, 16)) with { Needs = VisitNeeds.None with { PairRequired = true } };
        var route = Venue("route", -300, 200, Slot(DayOfWeek.Friday, 22, 27)) with { Role = VenueRole.StreetRoute, Departure = At(300, 200), VisitMinutes = 60 };

        var rota = (await PlanAsync(Input(workers, [flat, route]))).Rota;

        Assert.Equal(2, VisitTo(rota, flat.Id).Shift.WorkerIds.Distinct().Count());
        Assert.Equal(2, VisitTo(rota, route.Id).Shift.WorkerIds.Distinct().Count());
    }

    [Fact]
    public async Task A_pair_required_flat_with_one_worker_out_that_day_is_left_unplaced_saying_so()
    {
        var workers = new[] { Worker("ana", 20, Slot(DayOfWeek.Wednesday, 9, 17)), Worker("bea", 20, Slot(DayOfWeek.Thursday, 9, 17)) };
        var flat = Venue("flat", 400, 0, Slot(DayOfWeek.Wednesday, 10, 16)) with { Needs = VisitNeeds.None with { PairRequired = true } };

        var rota = (await PlanAsync(Input(workers, [flat]))).Rota;

        var unplaced = Assert.Single(rota.Unplaced);
        Assert.Equal((flat.Id, UnplacedReason.NoOneWithNeeds), (unplaced.VenueId, unplaced.Reason));
        Assert.StartsWith("No two workers are out together during its access windows (Wed", unplaced.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Two workers on Wednesday and Friday: <paramref name="grant"/> gives Able what the two venues need, and Able is
    /// off on Friday; Other has visited both venues often, so continuity alone would send Other.
    /// </summary>
    private static async Task<WeeklyRota> NeedsWeekAsync(VisitNeeds needs, Func<PlanningWorker, PlanningWorker> grant)
    {
        var days = new[] { Slot(DayOfWeek.Wednesday, 9, 17), Slot(DayOfWeek.Friday, 9, 17) };
        var able = grant(Worker("able", 16, days)) with { DaysOff = [Date(DayOfWeek.Friday)] };
        var other = Worker("other", 16, days);
        var known = new KnownWorker(other.Id, 6, Clock.Monday.AddDays(-7));
        PlanningVenue Needing(string id, DayOfWeek day, double east) =>
            Venue(id, east, 300, Slot(day, 10, 16)) with { Needs = needs, Visitors = [known], LastVisitedOn = Clock.Monday.AddDays(-7) };
        return (await PlanAsync(Input([able, other], [Needing("wednesday", DayOfWeek.Wednesday, 300), Needing("friday", DayOfWeek.Friday, -300)]))).Rota;
    }

    /// <summary>Friday's venue is the one thing unplaced, for want of <paramref name="need"/>.</summary>
    private static void LeftUnplacedFor(WeeklyRota rota, string need)
    {
        var unplaced = Assert.Single(rota.Unplaced);
        Assert.Equal(("friday", UnplacedReason.NoOneWithNeeds), (unplaced.VenueId, unplaced.Reason));
        Assert.Contains(need, unplaced.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_women_only_venue_is_visited_only_by_workers_who_may_staff_it_and_otherwise_left_unplaced()
    {
        var rota = await NeedsWeekAsync(VisitNeeds.None with { WomenOnly = true }, w => w with { WomenOnlyEligible = true });

        Assert.Equal(["able"], VisitTo(rota, "wednesday").Shift.WorkerIds);
        LeftUnplacedFor(rota, "women-only staff");
    }

    [Fact]
    public async Task A_venue_needing_a_language_is_visited_by_someone_who_speaks_it_and_otherwise_left_unplaced()
    {
        var rota = await NeedsWeekAsync(VisitNeeds.None with { Languages = ["Mandarin"] }, w => w with { Languages = ["English", "Mandarin"] });

        Assert.Equal(["able"], VisitTo(rota, "wednesday").Shift.WorkerIds);
        LeftUnplacedFor(rota, "No one with Mandarin works");
    }

    [Fact]
    public async Task A_testing_visit_goes_to_a_clinic_in_a_box_trained_worker_and_otherwise_is_left_unplaced()
    {
        var rota = await NeedsWeekAsync(VisitNeeds.None with { TestingKit = true }, w => w with { Skills = [.. w.Skills, WorkerSkill.ClinicInABoxTesting] });

        Assert.Equal(["able"], VisitTo(rota, "wednesday").Shift.WorkerIds);
        LeftUnplacedFor(rota, "clinic-in-a-box testing");
    }

    [Fact]
    public async Task Fixed_sessions_are_staffed_for_their_slot_by_the_workers_who_between_them_have_what_they_need()
    {
        var days = new[] { Slot(DayOfWeek.Monday, 9, 17), Slot(DayOfWeek.Thursday, 9, 17) };
        var workers = new[]
        {
            Worker("ann", 16, days) with { Skills = [WorkerSkill.PepPrep] },
            Worker("bo", 16, days) with { Languages = ["English", "Polish"] },
            Worker("cy", 16, days) with { WomenOnlyEligible = true },
            Worker("dee", 16, days),
        };
        var hall = Hall("hall", 500, 0, Slot(DayOfWeek.Thursday, 9, 17));
        var dropIn = new PlanningSession("drop-in", "PrEP drop-in", Clinic.Id, Slot(DayOfWeek.Monday, 10, 13), 2, [WorkerSkill.PepPrep], ["Polish"], false);
        var group = new PlanningSession("group", "Women's group", hall.Id, Slot(DayOfWeek.Thursday, 14, 16), 1, [], [], true);

        var rota = (await PlanAsync(Input(workers, [hall], [dropIn, group]))).Rota;

        string[] Staff(PlanningSession session)
        {
            var held = rota.Shifts.SelectMany(s => s.Stops.Where(t => t.SessionId == session.Id).Select(t => (s, t))).ToList();
            Assert.All(held, h => Assert.Equal(
                (session.VenueId, Clock.ToLocal(session.Slot.StartMinute), Clock.ToLocal(session.Slot.EndMinute)),
                (h.t.VenueId!, h.t.Start, h.t.End)));
            return [.. held.SelectMany(h => h.s.WorkerIds).Order(StringComparer.Ordinal)];
        }
        Assert.Equal(["ann", "bo"], Staff(dropIn));
        Assert.Equal(["cy"], Staff(group));
    }

    /// <summary>A club open Friday 22:00 to Saturday 03:00 (or Sunday into next week) gets its hour inside that window, whichever side of midnight the worker is free.</summary>
    [Theory]
    [InlineData(DayOfWeek.Friday, DayOfWeek.Friday, 20, 24, false)]
    [InlineData(DayOfWeek.Friday, DayOfWeek.Saturday, 0, 4, true)]
    [InlineData(DayOfWeek.Sunday, DayOfWeek.Sunday, 23, 28, null)]
    public async Task A_window_across_midnight_gets_a_visit_inside_it(DayOfWeek opens, DayOfWeek workerDay, int from, int to, bool? afterMidnight)
    {
        var club = Venue("club", 400, -300, Slot(opens, 22, 27)) with { VisitMinutes = 60 };
        var free = Slot(workerDay, from, to);

        var (shift, stop) = VisitTo((await PlanAsync(Input([Worker("kit", 8, free)], [club]))).Rota, club.Id);

        var window = club.AccessWindows[0];
        Assert.InRange(Minute(stop.Start), window.StartMinute, window.EndMinute - 60);
        Assert.Equal(stop.Start.AddMinutes(60), stop.End);
        Assert.InRange(Minute(shift.Start), free.StartMinute, Minute(stop.Start));
        Assert.InRange(Minute(shift.End), Minute(stop.End), free.EndMinute);
        Assert.Equal(workerDay, shift.Day);
        if (afterMidnight is { } after)
            Assert.Equal(after, Minute(stop.Start) >= (window.DayIndex + 1) * WeekClock.MinutesPerDay);
    }

    [Fact]
    public async Task Pins_are_kept_with_their_worker_on_their_day_even_against_continuity()
    {
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        var workers = new[] { Worker("jo", 20, [.. weekdays.Select(d => Slot(d, 9, 17))]), Worker("sam", 20, [.. weekdays.Select(d => Slot(d, 9, 17))]) };
        var hostel = Venue("hostel", 600, 0, [.. weekdays.Select(d => Slot(d, 10, 16))]) with { Visitors = [new("jo", 8, Clock.Monday.AddDays(-7))] };
        var library = Venue("library", 0, -600, [.. weekdays.Select(d => Slot(d, 10, 16))]) with { Visitors = [new("sam", 8, Clock.Monday.AddDays(-7))] };
        VisitPin[] pins = [new(hostel.Id, "sam", DayOfWeek.Thursday), new(library.Id, "jo", DayOfWeek.Tuesday)];

        var rota = (await PlanAsync(Input(workers, [hostel, library], pins: pins))).Rota;

        var (shift, stop) = VisitTo(rota, hostel.Id);
        Assert.Equal((DayOfWeek.Thursday, true), (shift.Day, stop.Pinned));
        Assert.Contains("sam", shift.WorkerIds);
        (shift, stop) = VisitTo(rota, library.Id);
        Assert.Equal((DayOfWeek.Tuesday, true), (shift.Day, stop.Pinned));
        Assert.Contains("jo", shift.WorkerIds);
        Assert.Empty(rota.Unplaced);
    }

    [Fact]
    public async Task Night_work_and_hours_are_spread_over_equally_able_workers()
    {
        var workers = new[] { "ana", "bea", "cal", "dev" }.Select(id => Worker(id, 30, [.. EveryDay(9, 17), .. EveryDay(20, 26)])).ToList();
        var route = Venue("route", -300, 300, EveryDay(21, 25)) with
        {
            Role = VenueRole.StreetRoute, Departure = At(300, 300), VisitMinutes = 60, TargetIntervalDays = 1, Priority = 5,
        };
        var venues = Enumerable.Range(0, 12)
            .Select(i => Venue($"venue{i:00}", 700 * Math.Cos(i * Math.PI / 6), 700 * Math.Sin(i * Math.PI / 6), EveryDay(10, 16)) with { TargetIntervalDays = 3 })
            .Append(route)
            .ToList();

        var rota = (await PlanAsync(Input(workers, venues))).Rota;

        Assert.Equal(7, Enumerable.Range(1, 7).Count(n => VisitTo(rota, route.Id, n).Shift.IsPair));
        var figures = rota.Figures.Workers;
        Assert.InRange(figures.Max(w => w.NightShifts) - figures.Min(w => w.NightShifts), 0, 1);
        Assert.All(figures, w => Assert.InRange(w.Hours, figures.Max(f => f.Hours) / 2, w.ContractedHours));
    }

    [Theory]
    [InlineData("jo", "sam")]
    [InlineData("sam", "jo")]
    public async Task Of_two_equally_placed_workers_the_one_who_knows_the_venue_gets_it(string knowsEast, string knowsWest)
    {
        var wednesday = Slot(DayOfWeek.Wednesday, 9, 17);
        var workers = new[] { Worker("jo", 8, wednesday), Worker("sam", 8, wednesday) };
        var lastWeek = Clock.Monday.AddDays(-7);
        var east = Venue("east", 1000, 0, Slot(DayOfWeek.Wednesday, 10, 16)) with { Visitors = [new(knowsEast, 5, lastWeek)] };
        var west = Venue("west", -1000, 0, Slot(DayOfWeek.Wednesday, 10, 16)) with { Visitors = [new(knowsWest, 5, lastWeek)] };

        var rota = (await PlanAsync(Input(workers, [east, west]))).Rota;

        Assert.Equal([knowsEast], VisitTo(rota, east.Id).Shift.WorkerIds);
        Assert.Equal([knowsWest], VisitTo(rota, west.Id).Shift.WorkerIds);
    }

    [Fact]
    public async Task A_replan_for_sickness_from_wednesday_keeps_the_days_before_frees_the_worker_and_moves_little_else()
    {
        var input = WeekGenerator.Generate(1, 12, 150, seed: 1)[0];
        var options = Fixed with { MaxIterations = 100 };
        var published = (await PlanAsync(input, options)).Rota;
        var wednesday = Clock.Date(2);
        var sick = SickLeave.BusiestFrom(input, published, wednesday);
        var replan = SickLeave.Replan(input, published, sick, wednesday);

        var plan = await PlanAsync(replan, options);

        var rota = plan.Rota;
        bool Before(RotaShift s) => SickLeave.DateOf(Clock, s) < wednesday;
        Assert.Equal(Json(published.Shifts.Where(Before)), Json(rota.Shifts.Where(Before)));
        Assert.DoesNotContain(rota.Shifts, s => !Before(s) && s.WorkerIds.Contains(sick));
        var stability = ReplanStability.Measure(replan, published, rota, sick, wednesday);
        Assert.True(stability.SickVisits > 0);
        Assert.Equal(stability.SickVisits, stability.Replaced + stability.LeftUnplaced);
        Assert.True(stability.UnchangedShare >= 0.95, $"{stability.Unchanged} of {stability.Unaffected} unaffected stops unchanged");

        // Every visit that moved or went is in the changes, from where it was to where it is, with a reason; nothing else is.
        Dictionary<(string, int), string> Visits(WeeklyRota r) => r.Shifts.Where(s => !Before(s))
            .SelectMany(s => s.Stops.Where(t => t.Kind == RotaStopKind.Visit).Select(t => (Key: (t.VenueId!, t.Visit), s.Id)))
            .ToDictionary(x => x.Key, x => x.Id);
        var (was, now) = (Visits(published), Visits(rota));
        var moved = was.Where(w => now.GetValueOrDefault(w.Key) != w.Value).Select(w => (w.Key.Item1, w.Key.Item2, (string?)w.Value, now.GetValueOrDefault(w.Key)))
            .Concat(now.Where(n => !was.ContainsKey(n.Key)).Select(n => (n.Key.Item1, n.Key.Item2, (string?)null, (string?)n.Value)));
        Assert.Equal(moved.Order(), plan.Changes.Select(c => (c.VenueId, c.Visit, c.FromShift, c.ToShift)).Order());
        Assert.All(plan.Changes, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
        var name = input.Workers.Single(w => w.Id == sick).Name;
        Assert.All(plan.Changes.Where(c => c.FromShift is { } from && published.Shifts.Single(s => s.Id == from).WorkerIds.Contains(sick) && c.ToShift is not null),
            c => Assert.StartsWith($"{name} is off on", c.Reason, StringComparison.Ordinal));
    }

    /// <summary>
    /// Monday's short shift leaves most of Nat's hours for Thursday, where the published shift goes out late for a
    /// club open from 22:00; planned again from Wednesday, Thursday must not get those hours (a shift over six hours
    /// starts at a fixed time, here 14:00, and could no longer reach the club).
    /// </summary>
    [Fact]
    public async Task A_replan_with_nothing_changed_keeps_every_published_visit_where_it_was()
    {
        var nat = Worker("nat", 12, Slot(DayOfWeek.Monday, 9, 17), Slot(DayOfWeek.Thursday, 14, 24));
        var cafe = Venue("cafe", 300, 0, Slot(DayOfWeek.Monday, 10, 12));
        var club = Venue("club", 0, 400, Slot(DayOfWeek.Thursday, 22, 24));
        var input = Input([nat], [cafe, club]);
        var published = (await PlanAsync(input)).Rota;
        Assert.Equal(DayOfWeek.Thursday, VisitTo(published, club.Id).Shift.Day);

        var plan = await PlanAsync(input with { Published = published, KeepBefore = Date(DayOfWeek.Wednesday) });

        Assert.Empty(plan.Changes);
        Assert.Equal(VisitTo(published, club.Id).Shift.Id, VisitTo(plan.Rota, club.Id).Shift.Id);
        Assert.Empty(plan.Rota.Unplaced);
    }

    [Fact]
    public async Task The_same_input_seed_and_iterations_give_the_same_rota()
    {
        var input = WeekGenerator.Generate(1, 8, 80, seed: 4)[0];
        var options = Fixed with { MaxIterations = 60, Seed = 3 };

        var first = await PlanAsync(input, options);
        var second = await PlanAsync(input, options);

        Assert.Equal(first.Iterations, second.Iterations);
        Assert.Equal(Json(first.Rota), Json(second.Rota));
    }

    [Fact]
    public async Task A_plan_cancelled_while_it_searches_stops_and_returns_no_rota()
    {
        var input = WeekGenerator.Generate(1, 8, 80, seed: 2)[0];
        using var cancel = new CancellationTokenSource();
        var firstPlan = new CancelOnFirstReport(cancel);

        // Far more iterations than a test could wait for: only the cancellation ends this search.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            RotaPlanner.PlanAsync(input, Travel, Fixed with { MaxIterations = 100_000_000 }, firstPlan, cancel.Token));
        Assert.True(firstPlan.Reported, "the search had begun when it was cancelled");
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    /// <summary>Cancels the plan at the engine's first feasible plan, on the search's own thread.</summary>
    private sealed class CancelOnFirstReport(CancellationTokenSource cancel) : IProgress<SearchProgress>
    {
        public bool Reported { get; private set; }

        public void Report(SearchProgress value)
        {
            Reported = true;
            cancel.Cancel();
        }
    }
}
