namespace OutreachRouting.Contracts.Workers;

/// <summary>One shift of a published rota, as the worker sees it.</summary>
/// <param name="RotaVersion">The published rota this comes from, e.g. "2026-W49.v2".</param>
/// <param name="PartnerWorkerId">The other worker when the shift is done as a pair.</param>
[GenerateSerializer, Immutable, Alias("outreach.ShiftAssignment")]
public sealed record ShiftAssignment(
    [property: Id(0)] string RotaVersion, [property: Id(1)] DateTimeOffset Start, [property: Id(2)] DateTimeOffset End,
    [property: Id(3)] string? PartnerWorkerId, [property: Id(4)] IReadOnlyList<AssignedStop> Stops);
