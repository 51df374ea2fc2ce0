namespace OutreachRouting.Grains.Safety;

public sealed class LoneWorkingState : IWakeUpState
{
    public const string StateName = "lone-working";

    /// <summary>The rota version each week's shifts came from, so that a late or repeated delivery changes nothing.</summary>
    public Dictionary<string, int> Versions { get; set; } = [];

    public List<WatchedShift> Shifts { get; set; } = [];

    /// <summary>When the reminder is set for; none when none is set.</summary>
    public DateTimeOffset? ReminderAt { get; set; }
}
