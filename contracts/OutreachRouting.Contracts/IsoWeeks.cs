using System.Globalization;

namespace OutreachRouting;

/// <summary>
/// The ISO week as this service writes it, "2026-W49": the rota's grain key and the planner's input both use it.
/// This one file is compiled into the contracts and into the rota library, which may not reference each other
/// (the library has no Orleans), so that the two can never read a week differently.
/// </summary>
internal static class IsoWeeks
{
    /// <summary>Reads "2026-W49" (years 2000 to 2999; week 53 only in the years that have one).</summary>
    public static bool TryParse(string? text, out int year, out int number)
    {
        (year, number) = (0, 0);
        if (text is not { Length: 8 } || text[4] != '-' || text[5] != 'W'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || y is < 2000 or > 2999 || n < 1 || n > ISOWeek.GetWeeksInYear(y))
            return false;
        (year, number) = (y, n);
        return true;
    }

    public static DateOnly Monday(int year, int number) => DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday));

    /// <summary>The ISO week a date falls in.</summary>
    public static string Of(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}");
    }

    public const string Example = "2026-W49";
}
