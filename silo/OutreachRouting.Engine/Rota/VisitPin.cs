namespace OutreachRouting.Engine.Rota;

/// <summary>A manager's pin: a visit to <see cref="VenueId"/> made by <see cref="WorkerId"/> on <see cref="Day"/>.</summary>
public sealed record VisitPin(string VenueId, string WorkerId, DayOfWeek Day);
