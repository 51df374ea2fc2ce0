namespace OutreachRouting.Contracts.Rotas;

/// <summary>A stop: arrival after <see cref="TravelMinutes"/> from the place before, work from start to end.</summary>
/// <param name="Visit">For a visit, which of the venue's due visits this week (1 for the first).</param>
/// <param name="Pinned">Placed by a manager, and kept by re-plans.</param>
[GenerateSerializer, Immutable, Alias("outreach.RotaStop")]
public sealed record RotaStop(
    [property: Id(0)] RotaStopKind Kind, [property: Id(1)] string? VenueId, [property: Id(2)] string? SessionId,
    [property: Id(3)] int Visit, [property: Id(4)] DateTimeOffset Arrival, [property: Id(5)] DateTimeOffset Start,
    [property: Id(6)] DateTimeOffset End, [property: Id(7)] double TravelMinutes, [property: Id(8)] bool Pinned);
