namespace OutreachRouting.Rota.Validation;

/// <summary>One broken rule, in words a manager can act on, with the shift, worker and venue concerned where there is one.</summary>
public sealed record RotaViolation(RotaRule Rule, string Message, string? ShiftId = null, string? WorkerId = null, string? VenueId = null)
{
    public override string ToString() => $"{Rule}: {Message}";
}
