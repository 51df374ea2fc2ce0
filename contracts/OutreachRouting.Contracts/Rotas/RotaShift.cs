using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Contracts.Rotas;

/// <summary>One worker's or a pair's shift, from leaving the base to coming back, with its stops in order.</summary>
/// <param name="Id">Day and workers, e.g. "wed/amara+jo": stable across re-plans while the same people work that day.</param>
/// <param name="ReturnTravelMinutes">The last leg, back to the base.</param>
[GenerateSerializer, Immutable]
public sealed record RotaShift(
    string Id,
    DayOfWeek Day,
    IReadOnlyList<string> WorkerIds,
    string BaseVenueId,
    TravelMode TravelMode,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<RotaStop> Stops,
    double ReturnTravelMinutes);
