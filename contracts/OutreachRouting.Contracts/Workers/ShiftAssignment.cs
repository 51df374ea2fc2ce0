namespace OutreachRouting.Contracts.Workers;

/// <summary>One shift of a published rota, as the worker sees it.</summary>
/// <param name="RotaVersion">The published rota this comes from, e.g. "2026-W49.v2".</param>
/// <param name="PartnerWorkerId">The other worker when the shift is done as a pair.</param>
/// <param name="ShiftId">The rota's shift id, e.g. "fri/mei+tom": the same in every version that keeps the shift.</param>
/// <param name="BaseVenueId">The base the shift starts from.</param>
/// <param name="ReturnTravelMinutes">The last leg, from the last stop to where the shift ends.</param>
[GenerateSerializer, Immutable, Alias("outreach.ShiftAssignment")]
public sealed record ShiftAssignment(
    [property: Id(0)] string RotaVersion, [property: Id(1)] DateTimeOffset Start, [property: Id(2)] DateTimeOffset End,
    [property: Id(3)] string? PartnerWorkerId, [property: Id(4)] IReadOnlyList<AssignedStop> Stops,
    [property: Id(5)] string ShiftId = "", [property: Id(6)] string BaseVenueId = "", [property: Id(7)] TravelMode TravelMode = TravelMode.Walking,
    [property: Id(8)] double ReturnTravelMinutes = 0);
