namespace OutreachRouting.Contracts.Scheduling;

/// <summary>
/// A recurring weekly window in local (Europe/London) time, starting on <see cref="Day"/>. A window that crosses
/// midnight (a club open 22:00 to 03:00) says so with <see cref="EndsNextDay"/>, so that a mistyped, inverted
/// window (17:00 to 09:00 meant as 09:00 to 17:00) is refused rather than read as an overnight one.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.WeeklyWindow")]
public sealed record WeeklyWindow([property: Id(0)] DayOfWeek Day, [property: Id(1)] TimeOnly Start, [property: Id(2)] TimeOnly End, [property: Id(3)] bool EndsNextDay = false)
{
    /// <summary>How long the window lasts; negative or zero when it is inverted or empty.</summary>
    public TimeSpan Duration() => (EndsNextDay ? TimeSpan.FromDays(1) : TimeSpan.Zero) + End.ToTimeSpan() - Start.ToTimeSpan();
}
