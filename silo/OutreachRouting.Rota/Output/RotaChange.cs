namespace OutreachRouting.Rota;

/// <summary>What a re-plan did to one visit of the published rota, and why.</summary>
/// <param name="FromShift">The published shift that made it; null for a visit the published rota did not make.</param>
/// <param name="ToShift">The shift that makes it now; null for a visit the new rota does not make.</param>
public sealed record RotaChange(string VenueId, int Visit, string? FromShift, string? ToShift, string Reason);
