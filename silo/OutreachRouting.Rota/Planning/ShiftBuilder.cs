using System.Numerics;
using OutreachRouting.Rota.Travel;
using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota.Planning;

/// <summary>
/// Decides the shifts before routing: fixed sessions are staffed first, each worker's contracted hours are spread
/// over their available days, and pairs are formed on the days pair-only visits need them, night work going to
/// whoever has had the least of it.
/// </summary>
internal static class ShiftBuilder
{
    /// <summary>Shorter shifts are not worth leaving the base for.</summary>
    private const double MinimumShiftMinutes = 60;

    /// <summary>Room around a shift's sessions for getting there and back.</summary>
    private const double SessionMargin = 60;

    /// <summary>How much pair-only work one pair shift is expected to take.</summary>
    private const double PairShiftMinutes = 240;

    private const double MinimumPairOverlap = 120;

    /// <summary>Travel and slack expected around each visit when estimating demand.</summary>
    private const double TravelPerVisit = 30;

    public static IReadOnlyList<PlannedShift> Build(TeamWeek week, IReadOnlyList<DueVisit> visits, PlaceTable places)
    {
        var windows = Budgeted(week, places);
        if (week.KeepFromDay > 0)
            CapAtWholeWeekBudgets(week, windows, places);
        FormPairs(week, windows, visits);
        return Shifts(week, windows);
    }

    private static List<WorkerWindow> Budgeted(TeamWeek week, PlaceTable places)
    {
        var windows = AvailableWindows(week);
        StaffSessions(week, windows, places);
        AssignBudgets(week, windows, places);
        return windows;
    }

    /// <summary>
    /// In a re-plan, no window gets more of its worker's hours than a plan of the whole week would give it: hours the
    /// kept days left unused are not moved onto later days. A shift grown past <see cref="PlanningSettings.BreakAfterHours"/>
    /// starts at a fixed time with a break (see ProblemBuilder), which may no longer fit the visits it was published with.
    /// </summary>
    private static void CapAtWholeWeekBudgets(TeamWeek week, List<WorkerWindow> windows, PlaceTable places)
    {
        var whole = Budgeted(new TeamWeek(week.Input with { Published = null, KeepBefore = null }), places)
            .ToDictionary(w => (w.Worker.Id, w.Hours.Start), w => w.Budget);
        foreach (var window in windows)
            window.Budget = Math.Min(window.Budget, whole.GetValueOrDefault((window.Worker.Id, window.Hours.Start), window.Budget));
    }

    /// <summary>
    /// Every availability slot not on a day off or a kept day; a slot overlapping an earlier one of the same worker is dropped.
    /// </summary>
    private static List<WorkerWindow> AvailableWindows(TeamWeek week)
    {
        var windows = new List<WorkerWindow>();
        foreach (var worker in week.Workers)
        {
            var kept = new List<WorkerWindow>();
            foreach (var slot in worker.Availability.OrderBy(s => s.StartMinute))
            {
                var hours = new TimeWindow(slot.StartMinute, slot.EndMinute);
                if (hours.End <= hours.Start || slot.DayIndex < week.KeepFromDay || worker.DaysOff.Contains(week.Clock.Date(slot.DayIndex))
                    || kept.Any(k => k.Hours.Start < hours.End && hours.Start < k.Hours.End))
                    continue;
                kept.Add(new WorkerWindow(worker, slot.DayIndex, hours));
            }
            windows.AddRange(kept);
        }
        return windows;
    }

    /// <summary>
    /// Each session not on a kept day, in time order, gets workers who can be there from their base for all of it:
    /// preferring whoever staffed it in the published rota, then the least committed, the first such group that
    /// has every skill and language it needs. A session that cannot be staffed is left for the validator to name.
    /// </summary>
    private static void StaffSessions(TeamWeek week, List<WorkerWindow> windows, PlaceTable places)
    {
        var committed = week.Workers.ToDictionary(w => w.Id, _ => 0.0, StringComparer.Ordinal);
        var staffed = week.Replanned
            .SelectMany(s => s.Stops.Where(t => t.Kind == RotaStopKind.Session).SelectMany(t => s.WorkerIds.Select(w => (t.SessionId, w))))
            .ToHashSet();
        foreach (var session in week.Input.Sessions.Where(s => s.Slot.DayIndex >= week.KeepFromDay)
            .OrderBy(s => s.Slot.StartMinute).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            var (start, end) = (session.Slot.StartMinute, session.Slot.EndMinute);
            var candidates = windows
                .Where(w => w.Hours.Start + Travel(places, w, session, out var back) <= start && end + back <= w.Hours.End
                    && (!session.WomenOnly || w.Worker.WomenOnlyEligible)
                    && !w.Sessions.Any(s => s.Slot.StartMinute < end && start < s.Slot.EndMinute))
                .OrderBy(w => staffed.Contains((session.Id, w.Worker.Id)) ? 0 : 1)
                .ThenBy(w => committed[w.Worker.Id] / Math.Max(1, w.Worker.ContractedHours))
                .ThenBy(w => w.Worker.Id, StringComparer.Ordinal)
                .ToList();
            var needs = session.RequiredSkills.Select(SkillBits.Of).Append(week.Skills.Of(session.Languages))
                .Aggregate(0UL, (a, b) => a | b);
            var chosen = Staff(week, candidates.DistinctBy(c => c.Worker.Id).ToList(), session.WorkersNeeded, needs);
            if (chosen is null)
                continue;
            foreach (var window in chosen)
            {
                window.Sessions.Add(session);
                committed[window.Worker.Id] += end - start;
            }
        }
    }

    /// <summary>The first group of <paramref name="size"/> candidates, in their order of preference, that has all of <paramref name="needs"/>.</summary>
    private static List<WorkerWindow>? Staff(TeamWeek week, List<WorkerWindow> candidates, int size, ulong needs)
    {
        var chosen = new List<WorkerWindow>();
        bool Pick(int from)
        {
            if (chosen.Count == size)
                return (week.Skills.Of([.. chosen.Select(c => c.Worker)]) & needs) == needs;
            for (var i = from; i <= candidates.Count - (size - chosen.Count); i++)
            {
                chosen.Add(candidates[i]);
                if (Pick(i + 1))
                    return true;
                chosen.RemoveAt(chosen.Count - 1);
            }
            return false;
        }
        return Pick(0) ? chosen : null;
    }

    /// <summary>Minutes from the worker's base to the session's venue; <paramref name="back"/> the way home.</summary>
    private static double Travel(PlaceTable places, WorkerWindow window, PlanningSession session, out double back)
    {
        var (home, venue) = (places[window.Worker.BaseVenueId], places[session.VenueId]);
        back = places.Minutes(window.Worker.TravelMode, venue, home);
        return places.Minutes(window.Worker.TravelMode, home, venue);
    }

    /// <summary>
    /// Spreads what is left of each worker's contracted minutes (after kept shifts) over their windows: windows with
    /// sessions get what the sessions need, the others share the rest evenly, up to what each window and the longest
    /// shift allow.
    /// </summary>
    private static void AssignBudgets(TeamWeek week, List<WorkerWindow> windows, PlaceTable places)
    {
        var longest = week.Settings.MaxShiftHours * 60;
        foreach (var own in windows.GroupBy(w => w.Worker))
        {
            var left = own.Key.ContractedHours * 60
                - week.Frozen.Where(s => s.WorkerIds.Contains(own.Key.Id)).Sum(s => (s.End - s.Start).TotalMinutes);
            var withSessions = own.Where(w => w.Sessions.Count > 0).ToList();
            foreach (var window in withSessions)
            {
                var first = window.Sessions.MinBy(s => s.Slot.StartMinute)!;
                var last = window.Sessions.MaxBy(s => s.Slot.EndMinute)!;
                var there = Travel(places, window, first, out _);
                Travel(places, window, last, out var back);
                var span = last.Slot.EndMinute - first.Slot.StartMinute + there + back;
                window.Budget = Math.Min(Math.Min(span + SessionMargin, window.Length), longest);
                left -= window.Budget;
            }
            var others = own.Where(w => w.Sessions.Count == 0).OrderBy(w => Math.Min(w.Length, longest)).ToList();
            for (var i = 0; i < others.Count; i++)
            {
                others[i].Budget = Math.Max(0, Math.Min(Math.Min(others[i].Length, longest), left / (others.Count - i)));
                left -= others[i].Budget;
            }
            foreach (var window in withSessions)
            {
                var extra = Math.Max(0, Math.Min(left, Math.Min(window.Length, longest) - window.Budget));
                window.Budget += extra;
                left -= extra;
            }
        }
    }

    /// <summary>
    /// On each day, the published rota's pairs again where both are still free, then as many more as that day's
    /// pair-only visits are expected to keep busy. The first of a new pair is
    /// whoever has worked the fewest nights; the partner is whoever together with them covers most of the day's
    /// needs (women-only, testing, languages) for long enough. In a re-plan, someone the published rota has working
    /// alone that day stays alone: pairing them would take their published visits from them too.
    /// </summary>
    private static void FormPairs(TeamWeek week, List<WorkerWindow> windows, IReadOnlyList<DueVisit> visits)
    {
        var nights = week.Workers.ToDictionary(w => w.Id, _ => 0, StringComparer.Ordinal);
        var pairVisits = visits.Where(v => (v.Needs & SkillBits.Pair) != 0 && v.Starts.Count > 0).ToList();
        var alone = week.Replanned.Where(s => !s.IsPair).Select(s => (s.WorkerIds[0], WeekDays.Index(s.Day))).ToHashSet();
        foreach (var published in week.Replanned.Where(s => s.IsPair))
        {
            var day = WeekDays.Index(published.Day);
            var (a, b) = (Free(windows, published.WorkerIds[0], day), Free(windows, published.WorkerIds[1], day));
            if (a is not null && b is not null && Overlap(a, b) >= MinimumPairOverlap)
                Pair(week, nights, a, b);
        }
        for (var day = 0; day < 7; day++)
        {
            var today = pairVisits.Where(v => v.Starts.Any(w => DayOf(w) == day)).ToList();
            if (today.Count == 0)
                continue;
            var demand = today.Sum(v => (v.Venue.VisitMinutes + TravelPerVisit) / v.Starts.Select(DayOf).Distinct().Count());
            var needs = today.Aggregate(0UL, (a, v) => a | v.Needs) & ~SkillBits.Pair;
            var open = today.SelectMany(v => v.Starts.Where(w => DayOf(w) == day).Select(w => new TimeWindow(w.Start, w.End + v.Venue.VisitMinutes))).ToList();
            var tried = new HashSet<WorkerWindow>();
            var already = windows.Count(w => w.Day == day && w.Partner is not null) / 2;
            for (var wanted = (int)Math.Ceiling(demand / PairShiftMinutes) - already; wanted > 0;)
            {
                var free = windows
                    .Where(w => w.Day == day && w.Sessions.Count == 0 && w.Partner is null && w.Budget >= MinimumShiftMinutes
                        && open.Any(o => o.Start < w.Hours.End && w.Hours.Start < o.End) && !alone.Contains((w.Worker.Id, day)))
                    .ToList();
                var first = free.Where(w => !tried.Contains(w))
                    .OrderBy(w => nights[w.Worker.Id])
                    .ThenByDescending(w => Coverage(week, needs, w))
                    .ThenBy(w => w.Worker.Id, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (first is null)
                    break;
                tried.Add(first);
                var partner = free
                    .Where(w => w.Worker != first.Worker && Overlap(first, w) >= MinimumPairOverlap)
                    .OrderByDescending(w => Coverage(week, needs, first, w))
                    .ThenBy(w => nights[w.Worker.Id])
                    .ThenBy(w => w.Worker.Id, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (partner is null)
                    continue;
                Pair(week, nights, first, partner);
                wanted--;
            }
        }
    }

    private static WorkerWindow? Free(List<WorkerWindow> windows, string workerId, int day) =>
        windows.FirstOrDefault(w => w.Worker.Id == workerId && w.Day == day && w.Sessions.Count == 0 && w.Partner is null && w.Budget >= MinimumShiftMinutes);

    private static void Pair(TeamWeek week, Dictionary<string, int> nights, WorkerWindow first, WorkerWindow partner)
    {
        (first.Partner, partner.Partner) = (partner, first);
        if (week.IsNight(Math.Max(first.Hours.Start, partner.Hours.Start), Math.Min(first.Hours.End, partner.Hours.End)))
        {
            nights[first.Worker.Id]++;
            nights[partner.Worker.Id]++;
        }
    }

    private static List<PlannedShift> Shifts(TeamWeek week, List<WorkerWindow> windows)
    {
        var longest = week.Settings.MaxShiftHours * 60;
        var shifts = new List<PlannedShift>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var window in windows.OrderBy(w => w.Day).ThenBy(w => w.Hours.Start).ThenBy(w => w.Worker.Id, StringComparer.Ordinal))
        {
            if (window.Partner is { } partner)
            {
                if (string.CompareOrdinal(window.Worker.Id, partner.Worker.Id) > 0)
                    continue;
                var hours = new TimeWindow(Math.Max(window.Hours.Start, partner.Hours.Start), Math.Min(window.Hours.End, partner.Hours.End));
                var budget = Math.Min(Math.Min(window.Budget, partner.Budget), Math.Min(hours.End - hours.Start, longest));
                var mode = window.Worker.TravelMode == partner.Worker.TravelMode ? window.Worker.TravelMode : TravelMode.PublicTransport;
                shifts.Add(Shift(week, ids, [window.Worker, partner.Worker], window.Day, hours, budget, [], mode));
            }
            else if (window.Sessions.Count > 0 || window.Budget >= MinimumShiftMinutes)
            {
                var budget = Math.Min(window.Budget, Math.Min(window.Length, longest));
                shifts.Add(Shift(week, ids, [window.Worker], window.Day, window.Hours, budget, window.Sessions, window.Worker.TravelMode));
            }
        }
        return shifts;
    }

    private static PlannedShift Shift(TeamWeek week, HashSet<string> ids, IReadOnlyList<PlanningWorker> workers, int day,
        TimeWindow hours, double budget, IReadOnlyList<PlanningSession> sessions, TravelMode mode)
    {
        var id = ShiftIds.For(WeekDays.Of(day), workers.Select(w => w.Id));
        for (var n = 2; !ids.Add(id); n++)
            id = ShiftIds.For(WeekDays.Of(day), workers.Select(w => w.Id), n);
        return new PlannedShift(id, workers, day, hours, budget, sessions, mode, week.Venues[workers[0].BaseVenueId]);
    }

    private static int DayOf(TimeWindow window) => (int)Math.Floor(window.Start / WeekClock.MinutesPerDay);

    private static double Overlap(WorkerWindow a, WorkerWindow b) =>
        Math.Min(a.Hours.End, b.Hours.End) - Math.Max(a.Hours.Start, b.Hours.Start);

    private static int Coverage(TeamWeek week, ulong needs, params WorkerWindow[] windows) =>
        BitOperations.PopCount(needs & week.Skills.Of([.. windows.Select(w => w.Worker)]));
}
