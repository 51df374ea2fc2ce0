using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Grains.Workers;

/// <summary>What the worker had in front of them when they acknowledged a week's rota: the version and its shifts.</summary>
public sealed class AcknowledgedWeek
{
    public int Version { get; set; }

    public DateTimeOffset At { get; set; }

    public List<ShiftAssignment> Shifts { get; set; } = [];
}
