namespace OutreachRouting.Rota.Tests.Support;

/// <summary>
/// Hand-built planning inputs for the planner tests, 2026-W49 (Monday 30 November): one clinic near King's Cross
/// that every worker walks from, and venues placed by metres east and north of it. A worker starts with health
/// promotion and English only, and may not staff women-only work; a venue starts due once (never visited, weekly)
/// for a 30-minute visit with no needs; so that each test grants exactly what it is about.
/// </summary>
internal static class PlanningWeek
{
    public static readonly WeekClock Clock = WeekClock.Parse("2026-W49");

    private static readonly GeoPoint Origin = new(-0.1240, 51.5320);

    public static readonly PlanningVenue Clinic = new("clinic", "Pancras Clinic", VenueRole.Base, false, Origin, Origin, [], 0, 0, 3, VisitNeeds.None, null, []);

    public static PlanningWorker Worker(string id, double contractedHours, params WeeklySlot[] availability) =>
        new(id, Name(id), Clinic.Id, [WorkerSkill.HealthPromotion], ["English"], false, contractedHours, availability, [], TravelMode.Walking);

    public static PlanningVenue Venue(string id, double east, double north, params WeeklySlot[] windows) =>
        new(id, Name(id), VenueRole.Premises, false, At(east, north), At(east, north), windows, 30, 7, 3, VisitNeeds.None, null, []);

    /// <summary>A venue with a session and nothing due: visited yesterday, fortnightly.</summary>
    public static PlanningVenue Hall(string id, double east, double north, params WeeklySlot[] windows) =>
        Venue(id, east, north, windows) with { TargetIntervalDays = 14, LastVisitedOn = Clock.Monday.AddDays(-1) };

    /// <summary>From <paramref name="from"/> to <paramref name="to"/> o'clock; an hour of 24 or more is the next day's (27 is 03:00).</summary>
    public static WeeklySlot Slot(DayOfWeek day, int from, int to) => new(day, new(from, 0), new(to % 24, 0), to >= 24);

    public static WeeklySlot[] EveryDay(int from, int to) => [.. Enum.GetValues<DayOfWeek>().Select(d => Slot(d, from, to))];

    public static PlanningInput Input(IReadOnlyList<PlanningWorker> workers, IReadOnlyList<PlanningVenue> venues,
        IReadOnlyList<PlanningSession>? sessions = null, IReadOnlyList<VisitPin>? pins = null) =>
        new("test", Clock.Week, [Clinic, .. venues], workers, sessions ?? [], pins ?? [], new PlanningSettings());

    public static DateOnly Date(DayOfWeek day) => Clock.Date(WeekDays.Index(day));

    /// <summary>A point <paramref name="east"/> and <paramref name="north"/> metres from the clinic.</summary>
    public static GeoPoint At(double east, double north) =>
        new(Origin.Longitude + east / (111_320 * Math.Cos(Origin.Latitude * Math.PI / 180)), Origin.Latitude + north / 111_320);

    private static string Name(string id) => char.ToUpperInvariant(id[0]) + id[1..];
}
