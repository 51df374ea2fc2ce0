using OutreachRouting.Contracts.Geography;

namespace OutreachRouting.Contracts.Visits;

/// <summary>A worker's word that a venue looks closed or moved, waiting for a manager to confirm or reject it.</summary>
/// <param name="RecordId">The visit record it came with.</param>
/// <param name="MovedTo">On a confirmed move: the venue where the people went, when the manager named one.</param>
[GenerateSerializer, Immutable, Alias("outreach.VenueReport")]
public sealed record VenueReport(
    [property: Id(0)] string Id, [property: Id(1)] string VenueId, [property: Id(2)] VenueLooks Looks, [property: Id(3)] Position? NewPosition,
    [property: Id(4)] string ReportedBy, [property: Id(5)] DateTimeOffset ReportedAt, [property: Id(6)] string RecordId,
    [property: Id(7)] VenueReportState State = VenueReportState.Pending, [property: Id(8)] string? DecidedBy = null,
    [property: Id(9)] DateTimeOffset? DecidedAt = null, [property: Id(10)] string? MovedTo = null);
