namespace OutreachRouting.Rota.Editing;

/// <summary>A manager's change to one visit of a rota.</summary>
/// <param name="Visit">Which of the venue's visits this week (1 for the first); ignored by <see cref="VisitEditKind.Add"/>.</param>
/// <param name="WorkerId">Whose shift takes the visit; not used by <see cref="VisitEditKind.Remove"/>.</param>
public sealed record VisitEdit(VisitEditKind Kind, string VenueId, int Visit, string? WorkerId = null, DayOfWeek? Day = null);
