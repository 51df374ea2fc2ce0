namespace OutreachRouting.Contracts.Rotas;

/// <summary>What a re-plan did to one visit: moved between shifts, added, or dropped, and why.</summary>
[GenerateSerializer, Immutable]
public sealed record RotaChange(string VenueId, int Visit, string? FromShift, string? ToShift, string Reason);
