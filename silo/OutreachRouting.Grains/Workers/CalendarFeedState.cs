namespace OutreachRouting.Grains.Workers;

public sealed class CalendarFeedState
{
    public const string StateName = "outreach-calendar-feed";

    /// <summary>The worker's grain key, "team/id".</summary>
    public string? Owner { get; set; }
}
