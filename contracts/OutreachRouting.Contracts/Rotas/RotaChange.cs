namespace OutreachRouting.Contracts.Rotas;

/// <summary>What a re-plan did to one visit: moved between shifts, added, or dropped, and why.</summary>
[GenerateSerializer, Immutable, Alias("outreach.RotaChange")]
public sealed record RotaChange([property: Id(0)] string VenueId, [property: Id(1)] int Visit, [property: Id(2)] string? FromShift, [property: Id(3)] string? ToShift, [property: Id(4)] string Reason);
