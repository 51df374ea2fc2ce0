using OutreachRouting.Contracts.Venues;
using OutreachRouting.Rota;
using OutreachRouting.Rota.Travel;

namespace OutreachRouting.TestSupport.Week;

/// <summary>
/// One team's week: workers first, then the fixed sessions where they can staff them, then the venues, whose
/// intervals are scaled so that the due visits fill 80 to 100 % of the contracted hours.
/// </summary>
internal static class TeamGenerator
{
    private const string VanStopId = "van-stop";

    public static PlanningInput Generate(string team, int workerCount, int venueCount, Patch patch, WeekClock week, Random random)
    {
        var hubs = Enumerable.Range(0, random.Between(3, 6)).Select(_ => patch.RandomPoint(random)).ToArray();
        var places = new Dictionary<string, GeoPoint>();
        var baseIds = new List<string>();
        var bases = venueCount > 3 && random.Chance(0.5) ? 2 : 1;
        for (var b = 1; b <= bases; b++)
        {
            baseIds.Add($"base-{b}");
            places[$"base-{b}"] = patch.Near(hubs[b - 1], 300, random);
        }
        // The van parks near the first clinic, as in the demo, where the walk-in clinics run.
        places[VanStopId] = patch.Around(places[baseIds[0]], 300, 1500, random);

        var languages = LanguagePool.Draw(random);
        var workers = WorkerGenerator.Generate(workerCount, baseIds, languages, week, random);
        var sessions = SessionPlacer.Place(baseIds[0], VanStopId, workers, new Staffing(places, week), random);

        var spoken = workers.SelectMany(w => w.Languages).Distinct().ToList();
        var numbers = new Dictionary<VenueKind, int>();
        var drafts = new List<VenueDraft>();
        for (var i = baseIds.Count + 1; i < venueCount; i++)
        {
            var kind = random.PickWeighted(KindProfile.Weights);
            numbers[kind] = numbers.GetValueOrDefault(kind) + 1;
            drafts.Add(VenueDraft.Draw(kind, numbers[kind], patch, hubs, languages, spoken, random));
        }
        var vanStop = VanStop(places[VanStopId], sessions.Single(s => s.VenueId == VanStopId), week, random);

        // The due visits are to fill 80 to 100 % of the contracted hours; the van stop's are fixed, the others scale.
        var contractedMinutes = workers.Sum(w => w.ContractedHours) * 60;
        var target = contractedMinutes * (0.8 + 0.2 * random.NextDouble()) - DueLoad.Minutes(vanStop, week);
        var scale = DueLoad.Scale(drafts, target, week);
        var venues = new List<PlanningVenue>(venueCount);
        venues.AddRange(baseIds.Select(id => Base(id, places[id], sessions, random)));
        venues.Add(vanStop);
        foreach (var draft in drafts)
        {
            var interval = DueLoad.Interval(draft, scale);
            var windows = AccessWindows.For(draft.Kind, DueLoad.MostVisits(interval), random);
            venues.Add(draft.At(interval, week) with { AccessWindows = windows });
        }
        for (var v = baseIds.Count; v < venues.Count; v++)
            venues[v] = venues[v] with { Visitors = Visitors(venues[v], workers, random) };
        return new PlanningInput(team, week.Week, venues, workers, sessions, [], new PlanningSettings());
    }

    /// <summary>A clinic open weekday office hours, and into the evening on a day a walk-in clinic runs late there.</summary>
    private static PlanningVenue Base(string id, GeoPoint position, IReadOnlyList<PlanningSession> sessions, Random random)
    {
        var windows = AccessWindows.Weekdays.Select(day => AccessWindows.Slot(day, new(9, 0), new(17, 0)))
            .Concat(sessions.Where(s => s.VenueId == id && s.Slot.End > new TimeOnly(17, 0)).Select(s => s.Slot))
            .OrderBy(s => s.DayIndex).ThenBy(s => s.Start);
        return new PlanningVenue(
            id, Names.Clinic(random), VenueRole.Base, Restricted: false, position, position, [.. windows], VisitMinutes: 30,
            TargetIntervalDays: 28, Priority: 1, VisitNeeds.None, LastVisitedOn: null, Visitors: []);
    }

    /// <summary>Where the Find and Treat van parks: open only while it is there, and visited weekly when it is.</summary>
    private static PlanningVenue VanStop(GeoPoint position, PlanningSession van, WeekClock week, Random random)
    {
        const int interval = 7;
        var window = AccessWindows.Slot(van.Slot.Day, van.Slot.Start.AddMinutes(-30), van.Slot.End.AddMinutes(30));
        return new PlanningVenue(
            VanStopId, "Find and Treat van stop", VenueRole.Premises, Restricted: false, position, position, [window],
            VisitMinutes: 5 * random.Between(6, 12), interval, Priority: random.Between(1, 2), VisitNeeds.None,
            VenueDraft.LastVisit(week, interval, random.NextDouble()), Visitors: []);
    }

    /// <summary>Up to three workers who have been before (able to go to a women-only venue, where it is one); the first made the last visit.</summary>
    private static List<KnownWorker> Visitors(PlanningVenue venue, IReadOnlyList<PlanningWorker> workers, Random random)
    {
        if (venue.LastVisitedOn is not { } last)
            return [];
        var candidates = workers.Where(w => !venue.Needs.WomenOnly || w.WomenOnlyEligible).ToArray();
        random.Shuffle(candidates);
        var visitors = new List<KnownWorker>();
        foreach (var worker in candidates.Take(random.Between(0, 3)))
        {
            var lastVisit = visitors.Count == 0 ? last : last.AddDays(-venue.TargetIntervalDays * random.Between(1, 3));
            visitors.Add(new KnownWorker(worker.Id, random.Between(1, 10), lastVisit));
        }
        return visitors;
    }
}
