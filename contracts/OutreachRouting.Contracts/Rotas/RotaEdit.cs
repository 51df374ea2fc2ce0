namespace OutreachRouting.Contracts.Rotas;

/// <summary>
/// A manager's change to a draft. <see cref="RotaEditKind.Pin"/> and <see cref="RotaEditKind.Move"/> put visit
/// <see cref="Visit"/> of the venue on <see cref="WorkerId"/>'s shift on <see cref="Day"/> (a pin also holds it there
/// through re-plans); <see cref="RotaEditKind.Add"/> adds a visit the venue is not due; <see cref="RotaEditKind.Remove"/>
/// takes a visit out.
/// </summary>
/// <param name="Override">Keep the edit even if it breaks a hard rule; the violations are recorded with the rota.</param>
[GenerateSerializer, Immutable]
public sealed record RotaEdit(
    RotaEditKind Kind,
    string VenueId,
    int Visit = 1,
    string? WorkerId = null,
    DayOfWeek? Day = null,
    bool Override = false);
