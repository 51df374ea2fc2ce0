namespace OutreachRouting.Rota;

/// <summary>The days of an ISO week, Monday first: the index the planner counts days by, and the names shown.</summary>
public static class WeekDays
{
    /// <summary>Monday 0 to Sunday 6.</summary>
    public static int Index(DayOfWeek day) => ((int)day + 6) % 7;

    public static DayOfWeek Of(int index) => (DayOfWeek)((index + 1) % 7);

    /// <summary>"Mon", for times a manager reads.</summary>
    public static string Abbreviation(DayOfWeek day) => day.ToString()[..3];
}
