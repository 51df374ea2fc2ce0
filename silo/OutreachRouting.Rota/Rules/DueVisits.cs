namespace OutreachRouting.Rota;

/// <summary>
/// Which visits a venue is due in a week. The first falls due <see cref="PlanningVenue.TargetIntervalDays"/> after
/// the last visit (at once for a venue never visited); more follow every interval until Sunday.
/// Bases and inactive venues are never due. A manager's pins make a venue due at least that many times.
/// </summary>
public static class DueVisits
{
    /// <summary>How many visits are due this week, and by how many days the first is already overdue on Monday.</summary>
    public static (int Count, int OverdueDays) For(PlanningVenue venue, WeekClock week)
    {
        if (!venue.Active || venue.Role == VenueRole.Base || venue.TargetIntervalDays < 1)
            return (0, 0);
        var sunday = week.Date(6);
        var first = venue.LastVisitedOn?.AddDays(venue.TargetIntervalDays) ?? week.Monday;
        if (first > sunday)
            return (0, 0);
        var from = first > week.Monday ? first : week.Monday;
        var count = Math.Min(7, 1 + (sunday.DayNumber - from.DayNumber) / venue.TargetIntervalDays);
        return (count, Math.Max(0, week.Monday.DayNumber - first.DayNumber));
    }

    /// <summary>
    /// How many visits the rota owes a venue this week: those due, or as many as are pinned if more. In a re-plan,
    /// visits the kept shifts made count whatever has happened to the venue since.
    /// </summary>
    public static int Owed(PlanningInput input, PlanningVenue venue, WeekClock week)
    {
        var owed = venue.Active && venue.Role != VenueRole.Base
            ? Math.Max(For(venue, week).Count, Pinned(input, venue.Id))
            : 0;
        var kept = KeptShifts(input, week).SelectMany(s => s.Stops)
            .Where(s => s.Kind == RotaStopKind.Visit && s.VenueId == venue.Id)
            .Select(s => s.Visit)
            .DefaultIfEmpty(0)
            .Max();
        return Math.Max(owed, kept);
    }

    /// <summary>As many visits as there are pins, or the highest visit number pinned if higher.</summary>
    private static int Pinned(PlanningInput input, string venueId)
    {
        var pins = input.Pins.Where(p => p.VenueId == venueId).ToList();
        return Math.Max(pins.Count, pins.Select(p => p.Visit).DefaultIfEmpty(0).Max());
    }

    /// <summary>In a re-plan, the published shifts that start before <see cref="PlanningInput.KeepBefore"/>: kept as they are.</summary>
    public static IEnumerable<RotaShift> KeptShifts(PlanningInput input, WeekClock week) =>
        input.Published is { } published && input.KeepBefore is { } keep
            ? published.Shifts.Where(s => week.Date(WeekDays.Index(s.Day)) < keep)
            : [];
}
