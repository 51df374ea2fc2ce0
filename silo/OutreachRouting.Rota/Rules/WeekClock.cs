using System.Globalization;

namespace OutreachRouting.Rota;

/// <summary>Minutes from the Monday 00:00 that opens an ISO week: the planner's and the validator's time axis.</summary>
public sealed class WeekClock
{
    public const double MinutesPerDay = 24 * 60;

    private WeekClock(string week, DateOnly monday) => (Week, Monday) = (week, monday);

    public string Week { get; }

    public DateOnly Monday { get; }

    /// <summary>Reads "2026-W49"; throws <see cref="FormatException"/> for anything else.</summary>
    public static WeekClock Parse(string week)
    {
        var parts = week.Split("-W", StringSplitOptions.None);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 2000 or > 2999 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
            throw new FormatException($"'{week}' is not an ISO week such as 2026-W49.");
        return new WeekClock(week, DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday)));
    }

    /// <summary>The ISO week a date falls in, e.g. "2026-W49".</summary>
    public static string WeekOf(DateOnly date) =>
        $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}";

    public DateOnly Date(int dayIndex) => Monday.AddDays(dayIndex);

    /// <summary>Day index (Monday 0) of a date in this week, or null outside it.</summary>
    public int? DayIndexOf(DateOnly date)
    {
        var index = date.DayNumber - Monday.DayNumber;
        return index is >= 0 and < 7 ? index : null;
    }

    public DateTime ToLocal(double minute) => Monday.ToDateTime(TimeOnly.MinValue).AddTicks((long)Math.Round(minute * TimeSpan.TicksPerMinute));

    public double ToMinute(DateTime local) => (local - Monday.ToDateTime(TimeOnly.MinValue)).Ticks / (double)TimeSpan.TicksPerMinute;
}
