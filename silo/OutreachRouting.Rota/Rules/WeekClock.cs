namespace OutreachRouting.Rota;

/// <summary>Minutes from the Monday 00:00 that opens an ISO week: the planner's and the validator's time axis.</summary>
public sealed class WeekClock
{
    public const double MinutesPerDay = 24 * 60;

    private WeekClock(string week, DateOnly monday) => (Week, Monday) = (week, monday);

    public string Week { get; }

    public DateOnly Monday { get; }

    /// <summary>Reads "2026-W49"; throws <see cref="FormatException"/> for anything else.</summary>
    public static WeekClock Parse(string week) =>
        IsoWeeks.TryParse(week, out var year, out var number)
            ? new WeekClock(week, IsoWeeks.Monday(year, number))
            : throw new FormatException($"'{week}' is not an ISO week such as {IsoWeeks.Example}.");

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
