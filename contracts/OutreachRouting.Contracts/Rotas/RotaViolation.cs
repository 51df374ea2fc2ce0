namespace OutreachRouting.Contracts.Rotas;

/// <summary>One hard rule a rota breaks, in words a manager can act on, with the shift, worker and venue concerned where there is one.</summary>
[GenerateSerializer, Immutable, Alias("outreach.RotaViolation")]
public sealed record RotaViolation([property: Id(0)] RotaRule Rule, [property: Id(1)] string Message, [property: Id(2)] string? ShiftId = null, [property: Id(3)] string? WorkerId = null, [property: Id(4)] string? VenueId = null);
