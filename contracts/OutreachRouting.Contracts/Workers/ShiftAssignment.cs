namespace OutreachRouting.Contracts.Workers;

/// <summary>One shift of a published rota, as the worker sees it.</summary>
/// <param name="RotaVersion">The published rota this comes from, e.g. "2026-W49.v2".</param>
/// <param name="PartnerWorkerId">The other worker when the shift is done as a pair.</param>
[GenerateSerializer, Immutable]
public sealed record ShiftAssignment(
    string RotaVersion,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? PartnerWorkerId,
    IReadOnlyList<AssignedStop> Stops);
