namespace OutreachRouting.Contracts.Workers;

/// <summary>A shift a later published version of its week no longer gives the worker.</summary>
/// <param name="WithdrawnIn">The published version that dropped it, e.g. "2026-W49.v3".</param>
[GenerateSerializer, Immutable, Alias("outreach.WithdrawnShift")]
public sealed record WithdrawnShift([property: Id(0)] ShiftAssignment Shift, [property: Id(1)] string WithdrawnIn);
