namespace OutreachRouting.Rota.Validation;

/// <summary>
/// Every fixed session staffed: enough workers hold a stop for it at its venue for exactly its slot, and between
/// them they have its skills and languages, and all may staff it if it is women-only. A stop that names no venue is
/// at the session's. A stop for a session at any other time or place is named, and its workers do not count.
/// </summary>
internal static class SessionCheck
{
    public static void Run(RotaContext context)
    {
        foreach (var session in context.Input.Sessions)
        {
            var (start, end) = (context.Clock.ToLocal(session.Slot.StartMinute), context.Clock.ToLocal(session.Slot.EndMinute));
            var venue = context.VenueName(session.VenueId);
            var staff = new HashSet<string>();
            foreach (var shift in context.Rota.Shifts)
            {
                foreach (var stop in shift.Stops.Where(s => s.Kind == RotaStopKind.Session && s.SessionId == session.Id))
                {
                    if ((stop.VenueId ?? session.VenueId) == session.VenueId
                        && Math.Abs(context.Minutes(start, stop.Start)) <= RotaValidator.ToleranceMinutes
                        && Math.Abs(context.Minutes(end, stop.End)) <= RotaValidator.ToleranceMinutes)
                    {
                        staff.UnionWith(shift.WorkerIds);
                    }
                    else
                    {
                        context.Add(
                            RotaRule.Session,
                            $"Shift {shift.Id} holds {session.Name} {Wording.Span(stop.Start, stop.End)} at {context.VenueName(stop.VenueId ?? session.VenueId)}; it runs {Wording.Span(start, end)} at {venue}",
                            shift.Id,
                            venueId: stop.VenueId);
                    }
                }
            }
            Staffing(context, session, $"{session.Name} ({Wording.Span(start, end)} at {venue})", staff);
        }
    }

    private static void Staffing(RotaContext context, PlanningSession session, string name, HashSet<string> staff)
    {
        var workers = staff.Select(context.Worker).OfType<PlanningWorker>().ToList();
        if (staff.Count < session.WorkersNeeded)
        {
            var who = staff.Count == 0 ? "no one staffs it" : $"only {string.Join(" and ", staff.Select(context.WorkerName))} {(staff.Count == 1 ? "staffs" : "staff")} it";
            context.Add(RotaRule.Session, $"{name} needs {session.WorkersNeeded} workers; {who}", venueId: session.VenueId);
        }
        foreach (var skill in session.RequiredSkills.Where(s => !workers.Any(w => w.Skills.Contains(s))))
            context.Add(RotaRule.Session, $"{name} needs {skill}; no one staffing it has it", venueId: session.VenueId);
        foreach (var language in session.Languages.Where(l => !workers.Any(w => w.Languages.Contains(l, StringComparer.OrdinalIgnoreCase))))
            context.Add(RotaRule.Session, $"{name} needs {language}; no one staffing it speaks it", venueId: session.VenueId);
        if (session.WomenOnly)
        {
            foreach (var worker in workers.Where(w => !w.WomenOnlyEligible))
                context.Add(RotaRule.Session, $"{name} is women-only; {worker.Name} may not staff it", workerId: worker.Id, venueId: session.VenueId);
        }
    }
}
