namespace OutreachRouting.Rota.Tests.Support;

/// <summary>
/// A small team's week, 2026-W49 (Monday 30 November), and a rota for it that breaks no rule; each test changes one
/// thing. Three workers from one clinic near King's Cross: Jo and Amara walk, Sam cycles. Monday: Jo and Sam staff
/// the PrEP drop-in and Sam cycles on to the hostel. Wednesday: Jo and Amara visit Flat 12 (a pair, women only),
/// break, then the sauna (testing, Polish; pinned to Jo). Friday night: the pair walks the canal route across
/// midnight. The route's two other due visits are listed as unplaced; the café has nothing due.
/// </summary>
internal static class RotaScenario
{
    public static readonly WeekClock Clock = WeekClock.Parse("2026-W49");

    public static readonly PlanningVenue Clinic = Venue("clinic", "Pancras Clinic", VenueRole.Base, new(-0.1240, 51.5320), [], 0, 0, null);

    public static readonly PlanningVenue Hostel = Venue("hostel", "Argyle Hostel", VenueRole.Premises, new(-0.1000, 51.5400), [new(DayOfWeek.Monday, new(9, 0), new(17, 0))], 30, 7, new(2026, 11, 20));

    public static readonly PlanningVenue Flat = Venue("flat12", "Flat 12", VenueRole.Premises, new(-0.1240, 51.5365), [new(DayOfWeek.Wednesday, new(10, 0), new(20, 0))], 45, 7, new(2026, 11, 25)) with
    {
        Restricted = true,
        Needs = new VisitNeeds(false, [], WomenOnly: true, PairRequired: true),
    };

    public static readonly PlanningVenue Sauna = Venue("sauna", "Steam Sauna", VenueRole.Premises, new(-0.1170, 51.5365), [new(DayOfWeek.Wednesday, new(12, 0), new(18, 0))], 60, 7, null) with
    {
        Needs = new VisitNeeds(TestingKit: true, ["Polish"], false, false),
    };

    /// <summary>Walked from the Regent's Canal towpath at York Way west; open Friday 20:00 to Saturday 02:00; due every third day.</summary>
    public static readonly PlanningVenue Route = Venue("route", "Canal route", VenueRole.StreetRoute, new(-0.1300, 51.5290), [new(DayOfWeek.Friday, new(20, 0), new(2, 0), EndsNextDay: true)], 90, 3, null) with
    {
        Restricted = true,
        Departure = new(-0.1400, 51.5290),
    };

    /// <summary>Visited the day before the week and due fortnightly: nothing due.</summary>
    public static readonly PlanningVenue Cafe = Venue("cafe", "Caledonian Café", VenueRole.Premises, new(-0.1200, 51.5300), [new(DayOfWeek.Thursday, new(9, 0), new(17, 0))], 30, 14, new(2026, 11, 29));

    public static readonly PlanningWorker Jo = new(
        "jo", "Jo", Clinic.Id, [WorkerSkill.HealthPromotion, WorkerSkill.ClinicInABoxTesting], ["English", "Polish"], true, 30,
        [new(DayOfWeek.Monday, new(9, 0), new(17, 0)), new(DayOfWeek.Wednesday, new(9, 0), new(17, 0)), new(DayOfWeek.Friday, new(18, 0), new(4, 0), EndsNextDay: true)],
        [new(2026, 12, 1)], TravelMode.Walking);

    public static readonly PlanningWorker Amara = new(
        "amara", "Amara", Clinic.Id, [WorkerSkill.HealthPromotion, WorkerSkill.PepPrep], ["English", "Tigrinya"], true, 22.5,
        [new(DayOfWeek.Wednesday, new(9, 0), new(17, 0)), new(DayOfWeek.Friday, new(18, 0), new(4, 0), EndsNextDay: true)],
        [], TravelMode.Walking);

    public static readonly PlanningWorker Sam = new(
        "sam", "Sam", Clinic.Id, [WorkerSkill.HealthPromotion, WorkerSkill.PepPrep], ["english"], false, 16,
        [new(DayOfWeek.Monday, new(8, 0), new(16, 0)), new(DayOfWeek.Thursday, new(12, 0), new(20, 0))],
        [], TravelMode.Cycling);

    public static readonly PlanningSession DropIn = new(
        "prep-drop-in", "PrEP drop-in", Clinic.Id, new(DayOfWeek.Monday, new(10, 0), new(13, 0)), 2, [WorkerSkill.PepPrep], ["English"], false);

    public static readonly PlanningInput Input = new(
        "clash", Clock.Week, [Clinic, Hostel, Flat, Sauna, Route, Cafe], [Jo, Amara, Sam], [DropIn], [new(Sauna.Id, Jo.Id, DayOfWeek.Wednesday)], new PlanningSettings());

    public static readonly WeeklyRota Plan = new(
        "clash",
        Clock.Week,
        [
            new ShiftLayout(Clock, Clinic, TravelMode.Walking, At(0, 10)).Session(DropIn, Clinic).End("mon/jo", [Jo.Id], At(0, 13)),
            new ShiftLayout(Clock, Clinic, TravelMode.Cycling, At(0, 10)).Session(DropIn, Clinic).Visit(Hostel, 1, At(0, 13, 45), At(0, 14, 15)).End("mon/sam", [Sam.Id], At(0, 14, 30)),
            new ShiftLayout(Clock, Clinic, TravelMode.Walking, At(2, 9, 30))
                .Visit(Flat, 1, At(2, 10), At(2, 10, 45))
                .Break(At(2, 12), At(2, 12, 30))
                .Visit(Sauna, 1, At(2, 15), At(2, 16))
                .End("wed/amara+jo", [Amara.Id, Jo.Id], At(2, 16, 30)),
            new ShiftLayout(Clock, Clinic, TravelMode.Walking, At(4, 22)).Visit(Route, 1, At(4, 22, 30), At(5, 0)).End("fri/amara+jo", [Amara.Id, Jo.Id], At(5, 0, 30)),
        ],
        [
            new(Route.Id, 2, UnplacedReason.Spacing, "The canal route is open on Friday night only; a second visit cannot be three days after the first"),
            new(Route.Id, 3, UnplacedReason.Spacing, "The canal route is open on Friday night only; a third visit cannot be three days after the second"),
        ],
        new RotaFigures(6, 4, 0, 0, 0, 0, []));

    /// <summary>Minutes of the week at a day (Monday 0) and clock time.</summary>
    public static double At(int day, int hour, int minute = 0) => day * WeekClock.MinutesPerDay + hour * 60 + minute;

    private static PlanningVenue Venue(string id, string name, VenueRole role, GeoPoint point, IReadOnlyList<WeeklySlot> windows, int minutes, int intervalDays, DateOnly? lastVisited) =>
        new(id, name, role, false, point, point, windows, minutes, intervalDays, 3, VisitNeeds.None, lastVisited, []);
}
