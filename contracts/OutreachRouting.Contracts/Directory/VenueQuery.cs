using OutreachRouting.Contracts.Venues;

namespace OutreachRouting.Contracts.Directory;

/// <summary>Filters for a team's venue list; null means any.</summary>
/// <param name="Overdue">True: only active venues whose target interval has passed since the last visit (or never visited).</param>
[GenerateSerializer, Immutable]
public sealed record VenueQuery(
    VenueKind? Kind = null,
    string? Borough = null,
    VenueStatus? Status = null,
    bool? Overdue = null,
    int Skip = 0,
    int Take = 50);
