using System.Text.Json.Serialization;

namespace OutreachRouting.Rota;

/// <summary>A weekly local-time window from <see cref="Start"/> on <see cref="Day"/>; one that crosses midnight says so.</summary>
public sealed record WeeklySlot(DayOfWeek Day, TimeOnly Start, TimeOnly End, bool EndsNextDay = false)
{
    /// <summary>Day index in an ISO week: Monday 0 to Sunday 6.</summary>
    [JsonIgnore]
    public int DayIndex => WeekDays.Index(Day);

    /// <summary>Minutes from the week's Monday 00:00 to the start.</summary>
    [JsonIgnore]
    public double StartMinute => DayIndex * WeekClock.MinutesPerDay + Start.ToTimeSpan().TotalMinutes;

    /// <summary>Minutes from the week's Monday 00:00 to the end (past Sunday midnight for a Sunday night slot).</summary>
    [JsonIgnore]
    public double EndMinute => DayIndex * WeekClock.MinutesPerDay + End.ToTimeSpan().TotalMinutes + (EndsNextDay ? WeekClock.MinutesPerDay : 0);
}
