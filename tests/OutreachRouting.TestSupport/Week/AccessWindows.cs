using OutreachRouting.Contracts.Venues;
using OutreachRouting.Rota;

namespace OutreachRouting.TestSupport.Week;

/// <summary>
/// When a kind of venue can be visited, as in the demo data: bars and clubs Thursday to Saturday nights, street
/// routes late at night, services, flats and the rest on weekday daytimes. A venue due more often than its kind
/// usually opens gets more days, its kind's usual days first, so that each of its visits has a day to go on.
/// </summary>
internal static class AccessWindows
{
    public static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static readonly DayOfWeek[] Nightlife = [DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];

    private static readonly (int Start, int End)[] ServiceHours = [(10, 13), (14, 17), (9, 12), (13, 16)];

    private static readonly (int Start, int End)[] FlatHours = [(10, 13), (11, 14), (12, 15)];

    private static readonly (int Start, int End)[] OtherHours = [(10, 14), (12, 16)];

    /// <param name="days">How many days at least.</param>
    public static IReadOnlyList<WeeklySlot> For(VenueKind kind, int days, Random random)
    {
        var slots = kind switch
        {
            VenueKind.Bar => Bar(days, random),
            VenueKind.Club => Slots(
                Days(random, Nightlife, 2, 3, [DayOfWeek.Wednesday, DayOfWeek.Sunday], days), (23, 3)),
            VenueKind.StreetRoute => Slots(
                Days(random, [.. Weekdays[1..], DayOfWeek.Saturday], 1, 3, [DayOfWeek.Sunday, DayOfWeek.Monday], days),
                random.Pick([(21, 1), (22, 2)])),
            VenueKind.FlatOrParlour => Daily(Days(random, Weekdays, 2, 2, [DayOfWeek.Saturday], days), FlatHours, random),
            VenueKind.Other => Daily(Days(random, Weekdays, 1, 2, [], days), OtherHours, random),
            _ => Daily(Days(random, Weekdays, 2, 3, [], days), ServiceHours, random),
        };
        return [.. slots.OrderBy(s => s.DayIndex).ThenBy(s => s.Start)];
    }

    public static WeeklySlot Slot(DayOfWeek day, TimeOnly start, TimeOnly end) => new(day, start, end, end < start);

    /// <summary>The same hours on each of the days (whole hours; an end before the start is the next day's).</summary>
    public static List<WeeklySlot> Slots(IEnumerable<DayOfWeek> days, (int Start, int End) hours) =>
        [.. days.Select(day => Slot(day, new(hours.Start, 0), new(hours.End, 0)))];

    private static List<WeeklySlot> Bar(int days, Random random)
    {
        var hours = (random.Pick([20, 21, 22]), random.Pick([2, 3]));
        var nights = Days(random, Nightlife, 2, 3, [DayOfWeek.Wednesday, DayOfWeek.Tuesday, DayOfWeek.Sunday, DayOfWeek.Monday], days);
        var slots = Slots(nights, hours);
        // Some bars have a quieter midweek evening too.
        if (!nights.Contains(DayOfWeek.Wednesday) && random.Chance(0.3))
            slots.Add(Slot(DayOfWeek.Wednesday, new(18, 0), new(23, 0)));
        return slots;
    }

    /// <summary>Between <paramref name="low"/> and <paramref name="high"/> of the usual days, or as many as <paramref name="atLeast"/> with the extra days after them.</summary>
    private static List<DayOfWeek> Days(Random random, DayOfWeek[] usual, int low, int high, DayOfWeek[] extra, int atLeast)
    {
        var usualOrder = usual.ToArray();
        random.Shuffle(usualOrder);
        var extraOrder = extra.ToArray();
        random.Shuffle(extraOrder);
        return [.. usualOrder.Concat(extraOrder).Take(Math.Max(random.Between(low, high), atLeast))];
    }

    private static List<WeeklySlot> Daily(List<DayOfWeek> days, (int Start, int End)[] hours, Random random) =>
        [.. days.Select(day =>
        {
            var (start, end) = random.Pick(hours);
            return Slot(day, new(start, 0), new(end, 0));
        })];
}
