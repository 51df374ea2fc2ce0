namespace OutreachRouting.Contracts.Scheduling;

/// <summary>
/// A recurring weekly window in local (Europe/London) time, starting on <see cref="Day"/>. An end before the
/// start means the window crosses midnight into the next day (a club open 22:00 to 03:00); an end equal to
/// the start is an empty window and is refused.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WeeklyWindow(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    public bool CrossesMidnight => End < Start;

    public TimeSpan Length => CrossesMidnight ? End.ToTimeSpan() + TimeSpan.FromDays(1) - Start.ToTimeSpan() : End - Start;
}
