namespace OutreachRouting.Rota.Planning;

/// <summary>
/// What a re-plan changed against the published rota, visit by visit, with the reason a manager would give:
/// someone is off, a venue closed, a visit became due or was pinned, or room had to be made.
/// </summary>
internal static class ChangeList
{
    public static List<RotaChange> Compare(TeamWeek week, WeeklyRota next)
    {
        var changes = new List<RotaChange>();
        if (week.Input.Published is not { } published)
            return changes;
        var before = Visits(published.Shifts.Where(s => WeekDays.Index(s.Day) >= week.KeepFromDay));
        var after = Visits(next.Shifts.Where(s => WeekDays.Index(s.Day) >= week.KeepFromDay));
        foreach (var ((venue, visit), from) in before.OrderBy(b => b.Value.Start).ThenBy(b => b.Key.Venue, StringComparer.Ordinal))
        {
            after.TryGetValue((venue, visit), out var to);
            if (to?.Id == from.Id)
                continue;
            var reason = to is null
                ? next.Unplaced.FirstOrDefault(u => u.VenueId == venue && u.Visit == visit)?.Message ?? WhyGone(week, venue)
                : WhyMoved(week, from);
            changes.Add(new RotaChange(venue, visit, from.Id, to?.Id, reason));
        }
        foreach (var ((venue, visit), to) in after.Where(a => !before.ContainsKey(a.Key)).OrderBy(a => a.Value.Start))
        {
            var pinned = week.Input.Pins.Any(p => p.VenueId == venue);
            changes.Add(new RotaChange(venue, visit, null, to.Id, pinned ? "A manager pinned it." : "It is due and now fits."));
        }
        return changes;
    }

    private static Dictionary<(string Venue, int Visit), RotaShift> Visits(IEnumerable<RotaShift> shifts) =>
        shifts.SelectMany(s => s.Stops.Where(t => t.Kind == RotaStopKind.Visit).Select(t => (Key: (t.VenueId!, t.Visit), Shift: s)))
            .ToDictionary(x => x.Key, x => x.Shift);

    private static string WhyGone(TeamWeek week, string venueId) =>
        week.Venues.ContainsKey(venueId) ? "It is no longer due this week." : $"Venue {venueId} is no longer active.";

    private static string WhyMoved(TeamWeek week, RotaShift from)
    {
        var date = week.Clock.Date(WeekDays.Index(from.Day));
        var off = from.WorkerIds
            .Select(id => week.Workers.FirstOrDefault(w => w.Id == id))
            .FirstOrDefault(w => w is null || w.DaysOff.Contains(date));
        return off is null
            ? $"Moved from {from.Id} to make room for other changes."
            : $"{off.Name} is off on {date:dddd d MMMM}, so {from.Id} is not worked.";
    }
}
