using System.Globalization;

namespace OutreachRouting.Contracts;

/// <summary>The service's wall clock: rotas are planned in London local time and shown with its offset.</summary>
public static class London
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset ToOffset(DateTime local) =>
        new(local, Zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));

    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The London day from its midnight to the next (23 or 25 hours on the days the clocks change).</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Day(DateOnly date) =>
        (ToOffset(date.ToDateTime(TimeOnly.MinValue)), ToOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue)));

    /// <summary>An ISO week ("2026-W49") from its Monday's midnight to the next Monday's.</summary>
    /// <exception cref="ArgumentException">It is no ISO week.</exception>
    public static (DateTimeOffset From, DateTimeOffset To) Week(string week)
    {
        if (!IsoWeeks.TryParse(week, out var year, out var number))
            throw new ArgumentException($"'{week}' {OutreachKeys.WeekRule}.", nameof(week));
        var monday = IsoWeeks.Monday(year, number);
        return (Day(monday).From, Day(monday.AddDays(7)).From);
    }

    /// <summary>How people read a moment: "Fri 4 Dec 21:30", London time.</summary>
    public static string Show(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
}
