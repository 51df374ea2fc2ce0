using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Workers;
using OutreachRouting.Rota;
using OutreachRouting.Rota.Travel;

namespace OutreachRouting.Grains.Rotas;

/// <summary>
/// Reads a team's registers as they are now (the directory for who belongs, each register grain for the whole
/// entry and its live visit history) and turns them into the planner's input for one week.
/// </summary>
internal sealed class PlanningInputSource(IGrainFactory grains)
{
    private const int PageSize = 500;

    public async Task<PlanningInput> ReadAsync(string team, string week, IReadOnlyList<VisitPin> pins, PlanningSettings settings)
    {
        var clock = WeekClock.Parse(week);
        var directory = grains.GetGrain<ITeamDirectoryGrain>(team);
        var venueIds = await AllAsync(skip => directory.ListVenuesAsync(new VenueQuery(Skip: skip, Take: PageSize)), v => v.Id);
        var workerIds = await AllAsync(skip => directory.ListWorkersAsync(new WorkerQuery(WorkerStatus.Active, Skip: skip, Take: PageSize)), w => w.Id);
        var sessionIds = await AllAsync(skip => directory.ListSessionsAsync(new SessionQuery(Status: SessionStatus.Active, Skip: skip, Take: PageSize)), s => s.Id);

        var venues = await Task.WhenAll(venueIds.Select(id => grains.GetGrain<IVenueGrain>(OutreachKeys.For(team, id)).GetAsync()));
        var workers = await Task.WhenAll(workerIds.Select(id => grains.GetGrain<IWorkerGrain>(OutreachKeys.For(team, id)).GetAsync()));
        var sessions = await Task.WhenAll(sessionIds.Select(id => grains.GetGrain<IFixedSessionGrain>(OutreachKeys.For(team, id)).GetAsync()));
        return new PlanningInput(
            team,
            week,
            [.. venues.OfType<VenueSnapshot>().Select(Venue)],
            [.. workers.OfType<WorkerSnapshot>().Where(w => w.Definition.Status == WorkerStatus.Active).Select(w => Worker(w, clock))],
            [.. sessions.OfType<FixedSessionSnapshot>().Where(s => s.Definition.Status == SessionStatus.Active).Select(Session)],
            pins,
            settings);
    }

    private static async Task<List<string>> AllAsync<T>(Func<int, Task<Page<T>>> page, Func<T, string> id)
    {
        var ids = new List<string>();
        for (var skip = 0; ; skip += PageSize)
        {
            var next = await page(skip);
            ids.AddRange(next.Items.Select(id));
            if (next.Items.Count < PageSize)
                return ids;
        }
    }

    private static PlanningVenue Venue(VenueSnapshot venue)
    {
        var definition = venue.Definition;
        var (arrival, departure) = Ends(definition.Location!);
        return new PlanningVenue(
            venue.Id,
            definition.Name,
            definition.Kind switch
            {
                VenueKind.Clinic => VenueRole.Base,
                VenueKind.StreetRoute => VenueRole.StreetRoute,
                _ => VenueRole.Premises,
            },
            definition.Sensitivity == Sensitivity.Restricted,
            arrival,
            departure,
            [.. definition.AccessWindows.Select(Slot)],
            venue.ServiceMinutes,
            definition.TargetIntervalDays,
            definition.Priority,
            new VisitNeeds(definition.Needs.TestingKit, definition.Needs.Languages, definition.Needs.WomenOnly, definition.Needs.PairRequired),
            venue.Visits.LastVisitAt is { } last ? London.Date(last) : null,
            [.. venue.Visits.Visitors.Select(v => new KnownWorker(v.WorkerId, v.Visits, London.Date(v.LastVisitAt)))],
            definition.Status == VenueStatus.Active);
    }

    private static (GeoPoint Arrival, GeoPoint Departure) Ends(Shape shape)
    {
        var (start, end) = shape.VisitEnds();
        return (new GeoPoint(start.Longitude, start.Latitude), new GeoPoint(end.Longitude, end.Latitude));
    }

    private static PlanningWorker Worker(WorkerSnapshot worker, WeekClock clock)
    {
        var definition = worker.Definition;
        var week = Enumerable.Range(0, 7).Select(clock.Date).ToList();
        return new PlanningWorker(
            worker.Id,
            definition.DisplayName,
            definition.BaseVenueId,
            [.. definition.Skills.Select(s => RotaMapping.ToEngine(s))],
            definition.Languages,
            definition.WomenOnlyEligible,
            definition.ContractedHoursPerWeek,
            [.. definition.Availability.Select(Slot)],
            [.. week.Where(d => definition.Absences.Any(a => a.From <= d && d <= a.To))],
            RotaMapping.ToEngine(definition.TravelMode));
    }

    private static PlanningSession Session(FixedSessionSnapshot session)
    {
        var definition = session.Definition;
        return new PlanningSession(
            session.Id,
            definition.Name,
            definition.VenueId,
            Slot(definition.Slot),
            definition.WorkersNeeded,
            [.. definition.RequiredSkills.Select(s => RotaMapping.ToEngine(s))],
            definition.Languages,
            definition.WomenOnly);
    }

    private static WeeklySlot Slot(WeeklyWindow window) => new(window.Day, window.Start, window.End, window.EndsNextDay);
}
