namespace OutreachRouting.Contracts.Venues;

/// <summary>A venue's live visit figures, over rolling 4 and 12 weeks ending now.</summary>
[GenerateSerializer, Immutable, Alias("outreach.VisitSummary")]
public sealed record VisitSummary(
    [property: Id(0)] DateTimeOffset? LastVisitAt, [property: Id(1)] int VisitsLast4Weeks,
    [property: Id(2)] int VisitsLast12Weeks, [property: Id(3)] int ContactsLast4Weeks, [property: Id(4)] int ContactsLast12Weeks,
    [property: Id(5)] IReadOnlyList<WorkerContinuity> Visitors)
{
    public static VisitSummary Empty { get; } = new(null, 0, 0, 0, 0, []);
}
