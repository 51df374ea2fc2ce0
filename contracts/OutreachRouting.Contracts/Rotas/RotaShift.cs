using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Contracts.Rotas;

/// <summary>One worker's or a pair's shift, from leaving the base to coming back, with its stops in order.</summary>
/// <param name="Id">Day and workers, e.g. "wed/amara+jo": stable across re-plans while the same people work that day.</param>
/// <param name="ReturnTravelMinutes">The last leg, back to the base.</param>
[GenerateSerializer, Immutable, Alias("outreach.RotaShift")]
public sealed record RotaShift(
    [property: Id(0)] string Id, [property: Id(1)] DayOfWeek Day, [property: Id(2)] IReadOnlyList<string> WorkerIds,
    [property: Id(3)] string BaseVenueId, [property: Id(4)] TravelMode TravelMode, [property: Id(5)] DateTimeOffset Start,
    [property: Id(6)] DateTimeOffset End, [property: Id(7)] IReadOnlyList<RotaStop> Stops,
    [property: Id(8)] double ReturnTravelMinutes);
