namespace OutreachRouting.Contracts.Rotas;

/// <summary>A stop: arrival after <see cref="TravelMinutes"/> from the place before, work from start to end.</summary>
/// <param name="Visit">For a visit, which of the venue's due visits this week (1 for the first).</param>
/// <param name="Pinned">Placed by a manager, and kept by re-plans.</param>
[GenerateSerializer, Immutable]
public sealed record RotaStop(
    RotaStopKind Kind,
    string? VenueId,
    string? SessionId,
    int Visit,
    DateTimeOffset Arrival,
    DateTimeOffset Start,
    DateTimeOffset End,
    double TravelMinutes,
    bool Pinned);
