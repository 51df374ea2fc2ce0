namespace OutreachRouting.Contracts.Rotas;

/// <summary>
/// A manager's change to a draft. <see cref="RotaEditKind.Pin"/> and <see cref="RotaEditKind.Move"/> put visit
/// <see cref="Visit"/> of the venue on <see cref="WorkerId"/>'s shift on <see cref="Day"/> (a pin also holds it there
/// through re-plans); <see cref="RotaEditKind.Add"/> adds a visit the venue is not due; <see cref="RotaEditKind.Remove"/>
/// takes a visit out.
/// </summary>
/// <param name="Override">Keep the edit even if it breaks a hard rule; the violations are recorded with the rota.</param>
[GenerateSerializer, Immutable, Alias("outreach.RotaEdit")]
public sealed record RotaEdit(
    [property: Id(0)] RotaEditKind Kind, [property: Id(1)] string VenueId, [property: Id(2)] int Visit = 1,
    [property: Id(3)] string? WorkerId = null, [property: Id(4)] DayOfWeek? Day = null, [property: Id(5)] bool Override = false);
