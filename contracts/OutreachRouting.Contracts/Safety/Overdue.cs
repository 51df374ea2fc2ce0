namespace OutreachRouting.Contracts.Safety;

/// <summary>What a worker's lone-working watch reports to the team: a check that did not come, or an alarm.</summary>
/// <param name="ExpectedAt">When the check-in or check-out was due; for an alarm, when it was raised.</param>
/// <param name="StopId">The stop expected (a missed stop check-in) or last checked in at.</param>
[GenerateSerializer, Immutable, Alias("outreach.Overdue")]
public sealed record Overdue(
    [property: Id(0)] string WorkerId, [property: Id(1)] string? PartnerWorkerId, [property: Id(2)] string? ShiftId,
    [property: Id(3)] AlertKind Kind, [property: Id(4)] DateTimeOffset ExpectedAt,
    [property: Id(5)] string? StopId = null, [property: Id(6)] string? VenueId = null);
