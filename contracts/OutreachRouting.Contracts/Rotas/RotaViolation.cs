namespace OutreachRouting.Contracts.Rotas;

/// <summary>One hard rule a rota breaks, in words a manager can act on, with the shift, worker and venue concerned where there is one.</summary>
[GenerateSerializer, Immutable]
public sealed record RotaViolation(RotaRule Rule, string Message, string? ShiftId = null, string? WorkerId = null, string? VenueId = null);
