namespace OutreachRouting.Rota.Planning;

/// <summary>The input checked and indexed: what every planning step looks things up in.</summary>
internal sealed class TeamWeek
{
    public TeamWeek(PlanningInput input)
    {
        Input = input;
        Clock = WeekClock.Parse(input.Week);
        Settings = input.Settings;
        Venues = input.Venues.Where(v => v.Active).ToDictionary(v => v.Id, StringComparer.Ordinal);
        Workers = [.. input.Workers.OrderBy(w => w.Id, StringComparer.Ordinal)];
        foreach (var worker in Workers)
        {
            if (!Venues.TryGetValue(worker.BaseVenueId, out var home) || home.Role != VenueRole.Base)
                throw new ArgumentException($"Worker {worker.Id}'s base '{worker.BaseVenueId}' is not an active base venue of the team.");
        }
        foreach (var session in input.Sessions)
        {
            if (!Venues.ContainsKey(session.VenueId))
                throw new ArgumentException($"Session {session.Id} happens at '{session.VenueId}', which is not an active venue of the team.");
        }
        KeepFromDay = input.Published is not null && input.KeepBefore is { } keep
            ? Math.Clamp(keep.DayNumber - Clock.Monday.DayNumber, 0, 7)
            : 0;
        Frozen = [.. DueVisits.KeptShifts(input, Clock)];
        Skills = new SkillBits(input.Venues.SelectMany(v => v.Needs.Languages).Concat(input.Sessions.SelectMany(s => s.Languages)));
    }

    public PlanningInput Input { get; }

    public WeekClock Clock { get; }

    public PlanningSettings Settings { get; }

    public IReadOnlyDictionary<string, PlanningVenue> Venues { get; }

    /// <summary>In id order, so that every step is deterministic.</summary>
    public IReadOnlyList<PlanningWorker> Workers { get; }

    public SkillBits Skills { get; }

    /// <summary>The first day (Monday 0) the plan may change: 0 unless a re-plan keeps earlier days.</summary>
    public int KeepFromDay { get; }

    /// <summary>The published shifts a re-plan keeps exactly as they are.</summary>
    public IReadOnlyList<RotaShift> Frozen { get; }

    /// <summary>The published shifts a re-plan may change.</summary>
    public IEnumerable<RotaShift> Replanned => Input.Published?.Shifts.Where(s => WeekDays.Index(s.Day) >= KeepFromDay) ?? [];

    /// <summary>Whether [start, end] (week minutes) touches the night of any day.</summary>
    public bool IsNight(double start, double end) => Nights().Any(n => start < n.End && end > n.Start);

    /// <summary>The parts of [start, end] outside every night, in order.</summary>
    public IEnumerable<(double Start, double End)> DayParts(double start, double end)
    {
        foreach (var night in Nights())
        {
            if (night.Start > start)
                yield return (start, Math.Min(end, night.Start));
            start = Math.Max(start, night.End);
            if (start >= end)
                yield break;
        }
        yield return (start, end);
    }

    /// <summary>Each night touching the week, the one before Monday and the one after Sunday included.</summary>
    private IEnumerable<(double Start, double End)> Nights()
    {
        var nightStart = Settings.NightStart.ToTimeSpan().TotalMinutes;
        var nightEnd = Settings.NightEnd.ToTimeSpan().TotalMinutes + (Settings.NightEnd <= Settings.NightStart ? WeekClock.MinutesPerDay : 0);
        for (var day = -1; day <= 7; day++)
            yield return (day * WeekClock.MinutesPerDay + nightStart, day * WeekClock.MinutesPerDay + nightEnd);
    }

    /// <summary>"Fri 22:00–03:00", for reasons a manager reads.</summary>
    public static string Describe(WeeklySlot slot) =>
        $"{WeekDays.Abbreviation(slot.Day)} {slot.Start:HH\\:mm}–{slot.End:HH\\:mm}";
}
