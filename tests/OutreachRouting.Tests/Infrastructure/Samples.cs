using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Tests.Infrastructure;

/// <summary>Valid venues and workers to start from; tests change one thing at a time with `with`.</summary>
public static class Samples
{
    public static VenueDefinition Bar(string name = "The Lamb and Flag") => new(
        name,
        VenueKind.Bar,
        "Camden",
        Shape.Point(-0.1426, 51.5390),
        [new WeeklyWindow(DayOfWeek.Friday, new TimeOnly(22, 0), new TimeOnly(3, 0), EndsNextDay: true), new WeeklyWindow(DayOfWeek.Saturday, new TimeOnly(21, 0), new TimeOnly(2, 0), EndsNextDay: true)],
        VisitMinutes: 45,
        TargetIntervalDays: 14,
        Priority: 3,
        Needs: new VenueNeeds(TestingKit: true, ["mandarin"], WomenOnly: false, PairRequired: false),
        Sensitivity: Sensitivity.Public);

    /// <summary>Due north for 0.0107 degrees of latitude, 1.19 km: a 15-minute walk at 4.8 km/h.</summary>
    public static VenueDefinition StreetRoute() => new(
        "Caledonian Road night walk",
        VenueKind.StreetRoute,
        "Islington",
        new Shape(ShapeKind.LineString, [new Position(-0.1180, 51.5330), new Position(-0.1180, 51.5410), new Position(-0.1180, 51.5437)]),
        [new WeeklyWindow(DayOfWeek.Thursday, new TimeOnly(22, 0), new TimeOnly(1, 0), EndsNextDay: true)],
        VisitMinutes: 0,
        TargetIntervalDays: 7,
        Priority: 5,
        Needs: new VenueNeeds(false, [], false, PairRequired: true),
        Sensitivity: Sensitivity.Restricted);

    public static VenueDefinition Hostel() => new(
        "Holloway Road hostel",
        VenueKind.Hostel,
        "Islington",
        new Shape(ShapeKind.Polygon, [new Position(-0.120, 51.550), new Position(-0.119, 51.550), new Position(-0.119, 51.551), new Position(-0.120, 51.551), new Position(-0.120, 51.550)]),
        [new WeeklyWindow(DayOfWeek.Tuesday, new TimeOnly(10, 0), new TimeOnly(13, 0))],
        VisitMinutes: 60,
        TargetIntervalDays: 28,
        Priority: 2,
        Needs: VenueNeeds.None,
        Sensitivity: Sensitivity.Public);

    public static WorkerDefinition Worker(string name = "Mei") => new(
        name,
        "mortimer-market",
        [WorkerSkill.HealthPromotion, WorkerSkill.ClinicInABoxTesting],
        ["mandarin", "english"],
        WomenOnlyEligible: true,
        ContractedHoursPerWeek: 30,
        [new WeeklyWindow(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(17, 0)), new WeeklyWindow(DayOfWeek.Friday, new TimeOnly(20, 0), new TimeOnly(4, 0), EndsNextDay: true)],
        [new Absence(new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 28), AbsenceKind.Leave)],
        TravelMode.PublicTransport);

    public static FixedSessionDefinition WalkInClinic() => new(
        "Walk-in clinic (women only)",
        SessionKind.WalkInClinic,
        "base-clinic",
        new WeeklyWindow(DayOfWeek.Tuesday, new TimeOnly(13, 0), new TimeOnly(17, 0)),
        WorkersNeeded: 2,
        [WorkerSkill.ClinicInABoxTesting],
        WomenOnly: true,
        Languages: [],
        Mediator: "Mandarin cultural mediator");
}
