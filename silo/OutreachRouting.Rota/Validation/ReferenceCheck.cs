namespace OutreachRouting.Rota.Validation;

/// <summary>Names in the rota the input does not back. The other checks pass over what they cannot look up, so it is said here once.</summary>
internal static class ReferenceCheck
{
    public static void Run(RotaContext context)
    {
        var (input, rota) = (context.Input, context.Rota);
        if (rota.Team != input.Team)
            context.Add(RotaRule.Reference, $"The rota is for team {rota.Team}, the input for team {input.Team}");
        if (rota.Week != input.Week)
            context.Add(RotaRule.Reference, $"The rota is for week {rota.Week}, the input for week {input.Week}");
        foreach (var twins in rota.Shifts.GroupBy(s => s.Id).Where(g => g.Count() > 1))
            context.Add(RotaRule.Reference, $"{twins.Count()} shifts are called {twins.Key}", twins.Key);
        foreach (var shift in context.Checked)
        {
            Workers(context, shift);
            Base(context, shift);
            foreach (var stop in shift.Stops)
                Stop(context, shift, stop);
        }
        foreach (var unplaced in rota.Unplaced.Where(u => context.Venue(u.VenueId) is null))
            context.Add(RotaRule.Reference, $"The unplaced visits name venue '{unplaced.VenueId}', which is not in the input", venueId: unplaced.VenueId);
    }

    private static void Workers(RotaContext context, RotaShift shift)
    {
        if (shift.WorkerIds.Count is 0 or > 2)
            context.Add(RotaRule.Reference, $"Shift {shift.Id} has {shift.WorkerIds.Count} workers; a shift is one worker or a pair", shift.Id);
        foreach (var twice in shift.WorkerIds.GroupBy(id => id).Where(g => g.Count() > 1))
            context.Add(RotaRule.Reference, $"Shift {shift.Id} names {context.WorkerName(twice.Key)} twice", shift.Id, twice.Key);
        foreach (var id in shift.WorkerIds.Distinct().Where(id => context.Worker(id) is null))
            context.Add(RotaRule.Reference, $"Shift {shift.Id} names worker '{id}', who is not among the team's active workers", shift.Id, id);
    }

    private static void Base(RotaContext context, RotaShift shift)
    {
        var home = context.Venue(shift.BaseVenueId);
        var problem = home switch
        {
            null => $"starts from venue '{shift.BaseVenueId}', which is not in the input",
            { Role: not VenueRole.Base } => $"starts from {home.Name}, which is not a base",
            { Active: false } => $"starts from {home.Name}, which is inactive",
            _ => null,
        };
        if (problem is not null)
            context.Add(RotaRule.Reference, $"Shift {shift.Id} {problem}", shift.Id, venueId: shift.BaseVenueId);
    }

    private static void Stop(RotaContext context, RotaShift shift, RotaStop stop)
    {
        var venue = context.Venue(stop.VenueId);
        string? problem = null;
        if (stop.VenueId is not null && venue is null)
            problem = $"stops at venue '{stop.VenueId}', which is not in the input";
        else if (stop.Kind == RotaStopKind.Visit)
        {
            problem = venue switch
            {
                null => "has a visit that names no venue",
                { Role: VenueRole.Base } => $"visits {venue.Name}, which is a base: sessions happen there, visits do not",
                { Active: false } => $"visits {venue.Name}, which is inactive",
                _ => null,
            };
        }
        else if (stop.Kind == RotaStopKind.Session && context.Session(stop.SessionId) is null)
        {
            problem = stop.SessionId is null
                ? "has a session stop that names no session"
                : $"names session '{stop.SessionId}', which is not in the input";
        }
        if (problem is not null)
            context.Add(RotaRule.Reference, $"Shift {shift.Id} {problem}", shift.Id, venueId: stop.VenueId);
    }
}
