using OutreachRouting.Contracts.Rotas;

namespace OutreachRouting.Contracts.Workers;

/// <summary>A stop of an assigned shift: a venue visit, a fixed session or a break, in visiting order.</summary>
/// <param name="Departure">When the work there ends.</param>
/// <param name="Start">When the work there begins (after any wait from <paramref name="Arrival"/>).</param>
/// <param name="TravelMinutes">The leg from the place before.</param>
/// <param name="StopId">What a check-in or a visit record names this stop by (see <see cref="StopIds"/>); none for a break.</param>
[GenerateSerializer, Immutable, Alias("outreach.AssignedStop")]
public sealed record AssignedStop(
    [property: Id(0)] string? VenueId, [property: Id(1)] DateTimeOffset Arrival, [property: Id(2)] DateTimeOffset Departure,
    [property: Id(3)] RotaStopKind Kind = RotaStopKind.Visit, [property: Id(4)] string? SessionId = null, [property: Id(5)] int Visit = 0,
    [property: Id(6)] DateTimeOffset? Start = null, [property: Id(7)] double TravelMinutes = 0, [property: Id(8)] string? StopId = null);
