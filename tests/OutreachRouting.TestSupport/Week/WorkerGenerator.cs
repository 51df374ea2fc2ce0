using OutreachRouting.Rota;
using OutreachRouting.Rota.Travel;

namespace OutreachRouting.TestSupport.Week;

/// <summary>A team's outreach workers: a mix of day, night and mixed patterns, skills, languages and travel modes.</summary>
internal static class WorkerGenerator
{
    private static readonly (int Start, int End)[] DayHours = [(9, 17), (10, 18)];

    private static readonly (int Start, int End)[] NightHours = [(17, 1), (18, 2), (20, 4)];

    private static readonly double[] Contracts = [22.5, 30, 37.5];

    public static IReadOnlyList<PlanningWorker> Generate(int count, IReadOnlyList<string> baseIds, LanguagePool languages, WeekClock week, Random random)
    {
        var patterns = Patterns(count, random);
        var workers = new List<PlanningWorker>(count);
        for (var i = 0; i < count; i++)
        {
            // The first two are the clinic's core day staff, at the first base, trained to test and able to staff
            // women-only work, never off: every walk-in clinic and the van can be staffed whoever else the team has.
            var core = i < 2;
            var availability = Availability(patterns[i], core, random);
            // Contracts fit inside the hours available, so a rota can meet them.
            var availableHours = availability.Sum(a => a.EndMinute - a.StartMinute) / 60;
            var contracted = random.Pick(Contracts.Where(c => c < availableHours).ToArray());
            workers.Add(new PlanningWorker(
                $"w-{i + 1:00}",
                Names.Worker(random),
                core ? baseIds[0] : random.Pick(baseIds),
                core ? [WorkerSkill.HealthPromotion, WorkerSkill.ClinicInABoxTesting] : Skills(random),
                languages.Spoken(random),
                core || random.Chance(0.7),
                contracted,
                availability,
                core ? [] : DaysOff(week, random),
                random.PickWeighted([(TravelMode.Walking, 40), (TravelMode.PublicTransport, 45), (TravelMode.Cycling, 15)])));
        }
        return workers;
    }

    /// <summary>
    /// Dealt from a shuffled deck rather than drawn one by one, so that every team gets its share of night work
    /// (some 40 % of the due visits are at night): after the core staff, 40 % night, 30 % mixed, the rest day.
    /// </summary>
    private static WorkPattern[] Patterns(int count, Random random)
    {
        var others = count - 2;
        var night = (int)Math.Round(others * 0.4);
        var mixed = (int)Math.Round(others * 0.3);
        var deck = Enumerable.Repeat(WorkPattern.Night, night)
            .Concat(Enumerable.Repeat(WorkPattern.Mixed, mixed))
            .Concat(Enumerable.Repeat(WorkPattern.Day, others - night - mixed))
            .ToArray();
        random.Shuffle(deck);
        return [WorkPattern.Day, WorkPattern.Day, .. deck];
    }

    private static List<WorkerSkill> Skills(Random random)
    {
        var skills = new List<WorkerSkill>();
        if (random.Chance(0.9))
            skills.Add(WorkerSkill.HealthPromotion);
        if (random.Chance(0.5))
            skills.Add(WorkerSkill.ClinicInABoxTesting);
        if (random.Chance(0.25))
            skills.Add(WorkerSkill.PepPrep);
        return skills.Count > 0 ? skills : [WorkerSkill.HealthPromotion];
    }

    private static List<WeeklySlot> Availability(WorkPattern pattern, bool core, Random random)
    {
        var dayHours = random.Pick(DayHours);
        var nightHours = random.Pick(NightHours);
        var weekdays = AccessWindows.Weekdays.ToArray();
        random.Shuffle(weekdays);
        var nights = AccessWindows.Nightlife.ToArray();
        random.Shuffle(nights);
        var slots = pattern switch
        {
            WorkPattern.Day => AccessWindows.Slots(weekdays[..(core ? 5 : random.Between(4, 5))], dayHours),
            // Thursday to Saturday are the nightlife nights; half the night workers do one midweek night too.
            WorkPattern.Night => AccessWindows.Slots(random.Chance(0.5) ? [.. nights, random.Pick([DayOfWeek.Tuesday, DayOfWeek.Wednesday])] : nights, nightHours),
            // Days early in the week and nights late in it, so that no day shift follows a night.
            _ => [.. AccessWindows.Slots(weekdays.Where(d => d <= DayOfWeek.Wednesday).Take(random.Between(2, 3)), dayHours), .. AccessWindows.Slots(nights[..2], nightHours)],
        };
        return [.. slots.OrderBy(s => s.DayIndex)];
    }

    /// <summary>One worker in ten is away one to three days in a row (leave, sickness, training).</summary>
    private static List<DateOnly> DaysOff(WeekClock week, Random random)
    {
        if (!random.Chance(0.1))
            return [];
        var first = random.Next(7);
        return [.. Enumerable.Range(first, random.Between(1, 3)).Where(d => d < 7).Select(week.Date)];
    }
}
