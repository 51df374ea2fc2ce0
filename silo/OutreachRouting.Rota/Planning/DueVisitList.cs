using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota.Planning;

/// <summary>
/// Every visit due this week and not already made by a kept shift, venue by venue in id order, with when it may
/// start and what it needs.
/// </summary>
internal static class DueVisitList
{
    /// <summary>How much more the first visit weighs when a whole interval overdue (and at most).</summary>
    private const double OverdueBoost = 1;

    public static IReadOnlyList<DueVisit> Build(TeamWeek week)
    {
        var visits = new List<DueVisit>();
        var kept = week.Frozen.SelectMany(s => s.Stops).Where(s => s.Kind == RotaStopKind.Visit).Select(s => (s.VenueId, s.Visit)).ToHashSet();
        foreach (var venue in week.Venues.Values.OrderBy(v => v.Id, StringComparer.Ordinal))
        {
            var count = DueVisits.Owed(week.Input, venue, week.Clock);
            var overdue = DueVisits.For(venue, week.Clock).OverdueDays;
            if (count == 0)
                continue;
            var (starts, needs) = StartsAndNeeds(week, venue);
            for (var number = 1; number <= count; number++)
            {
                if (kept.Contains((venue.Id, number)))
                    continue;
                var boost = number == 1 ? 1 + OverdueBoost * Math.Min(1, overdue / (double)venue.TargetIntervalDays) : 1;
                visits.Add(new DueVisit(venue, number, starts, needs, venue.Priority * boost));
            }
        }
        return visits;
    }

    /// <summary>
    /// A street route is walked at night only by a pair: when it also has daytime windows the night ones are left out
    /// (a worker can walk it alone by day); when it has none, it needs a pair.
    /// </summary>
    private static (IReadOnlyList<TimeWindow> Starts, ulong Needs) StartsAndNeeds(TeamWeek week, PlanningVenue venue)
    {
        var slots = venue.AccessWindows.Select(s => (Start: s.StartMinute, End: s.EndMinute)).ToList();
        var pair = venue.Needs.PairRequired;
        if (venue.Role == VenueRole.StreetRoute && !pair)
        {
            var day = slots.SelectMany(s => week.DayParts(s.Start, s.End)).Where(s => s.End - s.Start >= venue.VisitMinutes).ToList();
            if (day.Count == 0)
                pair = true;
            else
                slots = day;
        }
        var needs = (pair ? SkillBits.Pair : 0)
            | (venue.Needs.WomenOnly ? SkillBits.WomenOnly : 0)
            | (venue.Needs.TestingKit ? SkillBits.Of(WorkerSkill.ClinicInABoxTesting) : 0)
            | week.Skills.Of(venue.Needs.Languages);
        return (Merge(slots.Select(s => VisitStarts.Within(s.Start, s.End, venue.VisitMinutes)).OfType<TimeWindow>()), needs);
    }

    /// <summary>The engine wants windows sorted and disjoint.</summary>
    private static List<TimeWindow> Merge(IEnumerable<TimeWindow> windows)
    {
        var merged = new List<TimeWindow>();
        foreach (var w in windows.OrderBy(w => w.Start))
        {
            if (merged.Count > 0 && w.Start <= merged[^1].End)
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, w.End) };
            else
                merged.Add(w);
        }
        return merged;
    }
}
