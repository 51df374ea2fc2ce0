using OutreachRouting.Contracts.Visits;

namespace OutreachRouting.Grains.Visits;

/// <summary>The rules a visit report must keep, and when a worker may record one.</summary>
public static class VisitRules
{
    /// <summary>More than anyone hands out or meets on one visit: a larger count is a slip of the thumb.</summary>
    public const int MaxCount = 500;

    public const int MaxIdempotencyKeyLength = 200;

    /// <summary>Counts and referrals filled in, so that a report sent with them left out stores and compares as zeros.</summary>
    public static VisitReport Normalised(VisitReport report) =>
        report with { Counts = report.Counts ?? VisitCounts.None, Referrals = report.Referrals ?? Referrals.None };

    /// <exception cref="ValidationException">Naming every broken rule.</exception>
    public static void Validate(VisitReport report)
    {
        var errors = new ErrorList();
        errors.Require(StopIds.TryParseVisit(report.StopId, out _, out _, out _), "stopId", "must name a venue visit of a published shift, such as 2026-W49.the-lamb.2");
        errors.Defined(report.Outcome, "outcome");
        errors.Defined(report.VenueLooks, "venueLooks");

        var counts = report.Counts ?? VisitCounts.None;
        var referrals = report.Referrals ?? Referrals.None;
        foreach (var (field, value) in Fields(counts, referrals))
        {
            errors.Require(value is >= 0 and <= MaxCount, field, $"must be from 0 to {MaxCount}");
        }

        errors.Require(counts.NewContacts <= counts.Contacts, "counts.newContacts", "must not be more than counts.contacts");
        errors.Require(counts.TestsDone <= counts.TestsOffered, "counts.testsDone", "must not be more than counts.testsOffered");
        if (report.Outcome is VisitOutcome.NobodyThere or VisitOutcome.VenueClosed)
        {
            errors.Require(Fields(counts, referrals).All(f => f.Value == 0) && !report.SafeguardingConcern, "outcome",
                "is one where no one was met, so every count must be 0 and there can be no safeguarding concern");
        }

        if (report.NewPosition is { } position)
        {
            errors.Require(report.VenueLooks == VenueLooks.Moved, "newPosition", "goes only with venueLooks moved");
            errors.Require(position.Longitude is >= -180 and <= 180 && position.Latitude is >= -90 and <= 90, "newPosition",
                "must be a longitude from -180 to 180 and a latitude from -90 to 90");
        }

        errors.ThrowIfAny();
    }

    /// <summary>A worker records a stop from the start of its work until the end of the next day, London time.</summary>
    public static (DateTimeOffset From, DateTimeOffset Until) RecordingWindow(DateTimeOffset stopStart) =>
        (stopStart, London.ToOffset(London.Date(stopStart).AddDays(2).ToDateTime(TimeOnly.MinValue)));

    private static IEnumerable<(string Field, int Value)> Fields(VisitCounts c, Referrals r) =>
    [
        ("counts.contacts", c.Contacts), ("counts.newContacts", c.NewContacts), ("counts.condomPacks", c.CondomPacks),
        ("counts.lubricantPacks", c.LubricantPacks), ("counts.testingKits", c.TestingKits), ("counts.testsOffered", c.TestsOffered),
        ("counts.testsDone", c.TestsDone), ("counts.pepPrepConversations", c.PepPrepConversations),
        ("referrals.housing", r.Housing), ("referrals.drugAndAlcohol", r.DrugAndAlcohol),
        ("referrals.psychologyCounselling", r.PsychologyCounselling), ("referrals.findAndTreat", r.FindAndTreat),
        ("referrals.clinic", r.Clinic),
    ];
}
