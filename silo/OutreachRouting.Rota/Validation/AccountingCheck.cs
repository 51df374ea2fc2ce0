namespace OutreachRouting.Rota.Validation;

/// <summary>
/// Every visit due this week accounted for exactly once, placed or listed as unplaced, and nothing else: a visit
/// numbered past what is due, or to a venue with nothing due, is named too. Visits to bases and inactive venues are
/// left to the reference check.
/// </summary>
internal static class AccountingCheck
{
    public static void Run(RotaContext context)
    {
        var placed = context.Rota.Shifts
            .SelectMany(shift => shift.Stops.Where(s => s.Kind == RotaStopKind.Visit).Select(stop => (Shift: shift, Stop: stop)))
            .Where(p => context.Visitable(p.Stop.VenueId) is not null || !context.Checked.Contains(p.Shift))
            .ToLookup(p => p.Stop.VenueId!);
        var unplaced = context.Rota.Unplaced.ToLookup(u => u.VenueId);
        foreach (var venue in context.Venues)
        {
            var due = DueVisits.Owed(context.Input, venue, context.Clock);
            var (made, listed) = (placed[venue.Id].ToList(), unplaced[venue.Id].ToList());
            for (var visit = 1; visit <= due; visit++)
                Due(context, venue, visit, due, [.. made.Where(p => p.Stop.Visit == visit).Select(p => p.Shift.Id)], listed.Count(u => u.Visit == visit));
            var notDue = due == 0 ? "nothing is due there this week" : $"{due} {(due == 1 ? "is" : "are")} due this week";
            foreach (var (shift, stop) in made.Where(p => p.Stop.Visit < 1 || p.Stop.Visit > due))
                context.Add(RotaRule.Accounting, $"Shift {shift.Id} makes visit {stop.Visit} to {venue.Name}, but {notDue}", shift.Id, venueId: venue.Id);
            foreach (var extra in listed.Where(u => u.Visit < 1 || u.Visit > due))
                context.Add(RotaRule.Accounting, $"Visit {extra.Visit} to {venue.Name} is listed as unplaced, but {notDue}", venueId: venue.Id);
        }
    }

    private static void Due(RotaContext context, PlanningVenue venue, int visit, int due, IReadOnlyList<string> shifts, int listed)
    {
        var what = $"Visit {visit} of {due} to {venue.Name}";
        if (shifts.Count == 0 && listed == 0)
            context.Add(RotaRule.Accounting, $"{what} is neither placed nor listed as unplaced", venueId: venue.Id);
        if (shifts.Count > 1)
            context.Add(RotaRule.Accounting, $"{what} is placed {shifts.Count} times, on shifts {string.Join(", ", shifts)}", shifts[0], venueId: venue.Id);
        if (listed > 1)
            context.Add(RotaRule.Accounting, $"{what} is listed as unplaced {listed} times", venueId: venue.Id);
        if (shifts.Count > 0 && listed > 0)
            context.Add(RotaRule.Accounting, $"{what} is placed on shift {shifts[0]} and listed as unplaced too", shifts[0], venueId: venue.Id);
    }
}
