using OutreachRouting.Routing.Model;
using OutreachRouting.Routing.Solutions;

namespace OutreachRouting.Rota.Planning;

/// <summary>
/// The week as a routing problem: each planned shift a vehicle, each placeable due visit an optional job weighed
/// by priority and overdueness, each staffed session a mandatory job pinned to its shift, a venue's visits a group
/// spaced through the week, and a cost for sending someone the venue does not know.
/// </summary>
internal static class ProblemBuilder
{
    /// <summary>A pinned visit weighs this many times more: the planner keeps it unless it cannot.</summary>
    private const double PinWeight = 10;

    /// <summary>Visits after which a worker counts as known at a venue.</summary>
    private const double FamiliarVisits = 3;

    /// <summary>Sessions are placed before any visit.</summary>
    private const int SessionPriority = 1_000_000;

    public static (RoutingProblem Problem, IReadOnlyList<PlannedJob> Jobs) Build(
        TeamWeek week, IReadOnlyList<PlannedShift> shifts, IReadOnlyList<DueVisit> visits, IReadOnlyDictionary<DueVisit, int> pins, PlaceTable places)
    {
        var settings = week.Settings;
        var vehicles = shifts.Select(s => Vehicle(week, s, places)).ToList();
        var jobs = new List<Job>();
        var planned = new List<PlannedJob>();
        foreach (var visit in visits)
        {
            var pinned = pins.TryGetValue(visit, out var shift);
            jobs.Add(new Job
            {
                Location = places[visit.Venue.Id],
                TimeWindows = visit.Starts,
                ServiceDuration = visit.Venue.VisitMinutes,
                RequiredSkills = visit.Needs,
                Priority = (int)Math.Round(visit.Weight * 10),
                Penalty = settings.PriorityMinutes * visit.Weight * (pinned ? PinWeight : 1),
                PinnedVehicle = pinned ? shift : null,
                Name = $"{visit.Venue.Id}#{visit.Number}",
            });
            planned.Add(new PlannedJob(visit, null, Pinned: pinned));
        }
        for (var v = 0; v < shifts.Count; v++)
        {
            foreach (var session in shifts[v].Sessions)
            {
                var start = session.Slot.StartMinute;
                jobs.Add(new Job
                {
                    Location = places[session.VenueId],
                    TimeWindows = [new TimeWindow(start, start)],
                    ServiceDuration = session.Slot.EndMinute - start,
                    Priority = SessionPriority,
                    PinnedVehicle = v,
                    Name = session.Id,
                });
                planned.Add(new PlannedJob(null, session, v));
            }
        }
        var groups = planned
            .Select((p, j) => (p.Visit, Job: j))
            .Where(x => x.Visit is not null)
            .GroupBy(x => x.Visit!.Venue.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => new JobGroup([.. g.Select(x => x.Job)], Math.Max(1, g.First().Visit!.Venue.TargetIntervalDays - 1)))
            .ToList();
        var problem = new RoutingProblem
        {
            Vehicles = vehicles,
            Jobs = jobs,
            Profiles = places.Profiles,
            Groups = groups,
            AssignmentCosts = Continuity(week, shifts, planned),
            WarmStart = Previous(week, shifts, planned),
        };
        return (problem, planned);
    }

    /// <summary>
    /// In a re-plan, the published shifts that are planned again (same id: same workers, same day) with the visits
    /// and sessions they made; a visit served by another shift, or dropped, costs <see cref="PlanningSettings.StabilityMinutes"/>.
    /// </summary>
    private static WarmStart? Previous(TeamWeek week, IReadOnlyList<PlannedShift> shifts, List<PlannedJob> planned)
    {
        var vehicleOf = shifts.Select((s, v) => (s.Id, v)).ToDictionary(x => x.Id, x => x.v, StringComparer.Ordinal);
        var routes = new List<Route>();
        foreach (var published in week.Replanned)
        {
            if (!vehicleOf.TryGetValue(published.Id, out var v))
                continue;
            var jobs = published.Stops
                .Select(stop => planned.FindIndex(p => stop.Kind == RotaStopKind.Visit
                    ? p.Visit is { } visit && visit.Venue.Id == stop.VenueId && visit.Number == stop.Visit
                    : p.Session?.Id == stop.SessionId && p.Shift == v))
                .Where(j => j >= 0);
            routes.Add(Route.OfJobs(v, jobs));
        }
        return routes.Count == 0 ? null : new WarmStart(
            new Solution(routes, []),
            [.. planned.Select(p => p.Visit is null ? 0 : week.Settings.StabilityMinutes)]);
    }

    /// <summary>
    /// A shift longer than the work allowed without a break starts at a fixed moment, so that a break window can
    /// guarantee that neither side of the break is too long. With sessions, that moment leaves room to reach them.
    /// </summary>
    private static Vehicle Vehicle(TeamWeek week, PlannedShift shift, PlaceTable places)
    {
        var settings = week.Settings;
        var home = places[shift.Base.Id];
        var stretch = settings.BreakAfterHours * 60;
        var length = Math.Min(shift.MaxMinutes, 2 * stretch + settings.BreakMinutes);
        var hours = shift.Hours;
        IReadOnlyList<VehicleBreak> breaks = [];
        if (length > stretch)
        {
            var start = hours.Start;
            if (shift.Sessions.Count > 0)
            {
                var first = shift.Sessions.MinBy(s => s.Slot.StartMinute)!;
                var last = shift.Sessions.MaxBy(s => s.Slot.EndMinute)!;
                var latest = Math.Max(hours.Start, first.Slot.StartMinute - places.Minutes(shift.Mode, home, places[first.VenueId]));
                start = Math.Clamp(last.Slot.EndMinute + places.Minutes(shift.Mode, places[last.VenueId], home) - length, hours.Start, latest);
            }
            hours = new TimeWindow(start, Math.Min(hours.End, start + length));
            breaks = [new VehicleBreak(new TimeWindow(start + length - stretch - settings.BreakMinutes, start + stretch), settings.BreakMinutes)];
        }
        return new Vehicle
        {
            StartLocation = home,
            EndLocation = home,
            Shift = hours,
            MaxDuration = length,
            Breaks = breaks,
            Skills = week.Skills.Of(shift.Workers),
            Day = shift.Day,
            Profile = places.ProfileOf(shift.Mode),
            Name = shift.Id,
        };
    }

    /// <summary>
    /// Sending someone to a venue costs <see cref="PlanningSettings.ContinuityMinutes"/>, less the more often one of
    /// the shift's workers has been there. Venues nobody has visited cost nothing extra for anyone.
    /// </summary>
    private static double[,]? Continuity(TeamWeek week, IReadOnlyList<PlannedShift> shifts, List<PlannedJob> planned)
    {
        if (!planned.Any(p => p.Visit?.Venue.Visitors.Count > 0))
            return null;
        var costs = new double[shifts.Count, planned.Count];
        for (var j = 0; j < planned.Count; j++)
        {
            var visitors = planned[j].Visit?.Venue.Visitors;
            if (visitors is not { Count: > 0 })
                continue;
            for (var v = 0; v < shifts.Count; v++)
            {
                var known = shifts[v].Workers
                    .Select(w => visitors.FirstOrDefault(k => k.WorkerId == w.Id)?.Visits ?? 0)
                    .Max();
                costs[v, j] = week.Settings.ContinuityMinutes * (1 - Math.Min(1, known / FamiliarVisits));
            }
        }
        return costs;
    }
}
