namespace OutreachRouting.Rota.Validation;

/// <summary>
/// Each visit against its venue: long enough, inside an access window, and made by workers with what it needs.
/// A visit that ends before it starts is left to the timing check.
/// </summary>
internal static class VisitCheck
{
    public static void Run(RotaContext context)
    {
        foreach (var shift in context.Checked)
        {
            var workers = context.WorkersOf(shift);
            foreach (var stop in shift.Stops.Where(s => s.Kind == RotaStopKind.Visit))
            {
                if (context.Visitable(stop.VenueId) is not { } venue)
                    continue;
                Time(context, shift, stop, venue);
                Needs(context, shift, workers, venue);
                Pair(context, shift, stop, venue);
            }
        }
    }

    private static void Time(RotaContext context, RotaShift shift, RotaStop stop, PlanningVenue venue)
    {
        var length = context.Minutes(stop.Start, stop.End);
        if (length >= -RotaValidator.ToleranceMinutes && length < venue.VisitMinutes - RotaValidator.ToleranceMinutes)
            context.Add(RotaRule.VisitDuration, $"The visit to {venue.Name} on shift {shift.Id} lasts {Wording.Minutes(length)}; it needs {venue.VisitMinutes} min", shift.Id, venueId: venue.Id);
        if (!new WeeklyCover(venue.AccessWindows).Contains(context.Minute(stop.Start), context.Minute(stop.End)))
            context.Add(RotaRule.AccessWindow, $"{venue.Name} is not open for all of the visit {Wording.Span(stop.Start, stop.End)} on shift {shift.Id}", shift.Id, venueId: venue.Id);
    }

    private static void Needs(RotaContext context, RotaShift shift, IReadOnlyList<PlanningWorker> workers, PlanningVenue venue)
    {
        var needs = venue.Needs;
        if (needs.TestingKit && !workers.Any(w => w.Skills.Contains(WorkerSkill.ClinicInABoxTesting)))
            context.Add(RotaRule.Testing, $"{venue.Name} needs clinic-in-a-box testing; no one on shift {shift.Id} is trained", shift.Id, venueId: venue.Id);
        foreach (var language in needs.Languages.Where(l => !workers.Any(w => w.Languages.Contains(l, StringComparer.OrdinalIgnoreCase))))
            context.Add(RotaRule.Language, $"{venue.Name} needs {language}; no one on shift {shift.Id} speaks it", shift.Id, venueId: venue.Id);
        if (needs.WomenOnly)
        {
            foreach (var worker in workers.Where(w => !w.WomenOnlyEligible))
                context.Add(RotaRule.WomenOnly, $"{venue.Name} is women-only; {worker.Name} on shift {shift.Id} may not staff it", shift.Id, worker.Id, venue.Id);
        }
    }

    private static void Pair(RotaContext context, RotaShift shift, RotaStop stop, PlanningVenue venue)
    {
        if (shift.WorkerIds.Distinct().Count() >= 2)
            return;
        if (venue.Needs.PairRequired)
            context.Add(RotaRule.Pair, $"{venue.Name} needs a pair; shift {shift.Id} is one worker", shift.Id, venueId: venue.Id);
        else if (venue.Role == VenueRole.StreetRoute && AtNight(context, context.Minute(stop.Start), context.Minute(stop.End)))
            context.Add(RotaRule.Pair, $"{venue.Name} is walked at night, {Wording.Span(stop.Start, stop.End)}, which needs a pair; shift {shift.Id} is one worker", shift.Id, venueId: venue.Id);
    }

    /// <summary>Whether [start, end] overlaps a night: each day's from NightStart to NightEnd, the next morning when it crosses midnight.</summary>
    private static bool AtNight(RotaContext context, double start, double end)
    {
        var (from, to) = (context.Settings.NightStart.ToTimeSpan().TotalMinutes, context.Settings.NightEnd.ToTimeSpan().TotalMinutes);
        if (to <= from)
            to += WeekClock.MinutesPerDay;
        return Enumerable.Range(-1, 9).Any(day =>
            start < day * WeekClock.MinutesPerDay + to - RotaValidator.ToleranceMinutes
            && end > day * WeekClock.MinutesPerDay + from + RotaValidator.ToleranceMinutes);
    }
}
