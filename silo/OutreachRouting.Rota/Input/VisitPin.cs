namespace OutreachRouting.Rota;

/// <summary>A manager's pin: a visit to <see cref="VenueId"/> made by <see cref="WorkerId"/> on <see cref="Day"/>.</summary>
/// <param name="Visit">Which of the venue's visits this week (1 for the first); 0 for whichever is next. A number past
/// those due adds a visit.</param>
public sealed record VisitPin(string VenueId, string WorkerId, DayOfWeek Day, int Visit = 0);
