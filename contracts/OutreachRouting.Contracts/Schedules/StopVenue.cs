using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Venues;

namespace OutreachRouting.Contracts.Schedules;

/// <summary>What a worker needs to know of a venue they go to.</summary>
/// <param name="AccessWindow">The venue's access window the stop falls in.</param>
/// <param name="Location">
/// Null for a restricted venue unless the reader may see it (the same rule as every other read of a venue);
/// a venue that no longer exists has only its id.
/// </param>
[GenerateSerializer, Immutable, Alias("outreach.StopVenue")]
public sealed record StopVenue(
    [property: Id(0)] string Id, [property: Id(1)] string? Name, [property: Id(2)] VenueKind? Kind, [property: Id(3)] string? Borough,
    [property: Id(4)] Sensitivity? Sensitivity, [property: Id(5)] VenueNeeds? Needs, [property: Id(6)] WeeklyWindow? AccessWindow,
    [property: Id(7)] Shape? Location);
