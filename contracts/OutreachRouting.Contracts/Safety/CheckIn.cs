namespace OutreachRouting.Contracts.Safety;

/// <summary>A worker's check-in: at the start of their shift, or (naming it) at a stop of it.</summary>
[GenerateSerializer, Immutable, Alias("outreach.CheckIn")]
public sealed record CheckIn([property: Id(0)] string? StopId = null);
