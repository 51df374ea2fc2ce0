namespace OutreachRouting.Contracts.Venues;

/// <summary>A venue's live visit figures, over rolling 4 and 12 weeks ending now.</summary>
[GenerateSerializer, Immutable]
public sealed record VisitSummary(
    DateTimeOffset? LastVisitAt,
    int VisitsLast4Weeks,
    int VisitsLast12Weeks,
    int ContactsLast4Weeks,
    int ContactsLast12Weeks,
    IReadOnlyList<WorkerContinuity> Visitors)
{
    public static VisitSummary Empty { get; } = new(null, 0, 0, 0, 0, []);
}
