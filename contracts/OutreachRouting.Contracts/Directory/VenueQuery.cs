using OutreachRouting.Contracts.Venues;

namespace OutreachRouting.Contracts.Directory;

/// <summary>Filters for a team's venue list; null means any.</summary>
/// <param name="Overdue">True: only active venues whose target interval has passed since the last visit (or never visited).</param>
[GenerateSerializer, Immutable, Alias("outreach.VenueQuery")]
public sealed record VenueQuery(
    [property: Id(0)] VenueKind? Kind = null, [property: Id(1)] string? Borough = null,
    [property: Id(2)] VenueStatus? Status = null, [property: Id(3)] bool? Overdue = null, [property: Id(4)] int Skip = 0,
    [property: Id(5)] int Take = 50);
