using System.Globalization;

namespace OutreachRouting.Rota.Validation;

/// <summary>How times and amounts read in a message: a manager reads them, so weekday and clock time, hours and minutes.</summary>
internal static class Wording
{
    /// <summary>"Wed 21:30"; seconds only when there are some, so that a near miss does not read as no miss.</summary>
    public static string Time(DateTime local) =>
        local.ToString(local.Second == 0 ? "ddd HH:mm" : "ddd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"Wed 21:30–23:00", or "Fri 22:00–Sat 00:30" across midnight.</summary>
    public static string Span(DateTime start, DateTime end) =>
        $"{Time(start)}–{(start.Date == end.Date ? Time(end)[4..] : Time(end))}";

    public static string Hours(double minutes) => Number(minutes / 60) + " h";

    public static string Minutes(double minutes) => Number(minutes) + " min";

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
