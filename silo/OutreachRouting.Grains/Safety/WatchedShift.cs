using OutreachRouting.Contracts.Safety;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Grains.Safety;

/// <summary>A published shift under a worker's lone-working watch, and what they have checked on it.</summary>
public sealed class WatchedShift
{
    public string Week { get; set; } = "";

    public ShiftAssignment Shift { get; set; } = null!;

    /// <summary>When the shift was first given to the watch: a shift published late is not overdue for it.</summary>
    public DateTimeOffset WatchedSince { get; set; }

    public DateTimeOffset? CheckedInAt { get; set; }

    public DateTimeOffset? CheckedOutAt { get; set; }

    /// <summary>The stop of <see cref="ShiftWatch.CheckStops"/> last checked in at; -1 for none.</summary>
    public int LastStop { get; set; } = -1;

    /// <summary>The expected checks already reported overdue (<see cref="ShiftWatch.Key"/>), so that none is reported twice.</summary>
    public List<string> Reported { get; set; } = [];

    /// <summary>When the first check reported overdue was due: how late the worker is when next heard from.</summary>
    public DateTimeOffset? MissedSince { get; set; }

    public string ShiftId => Shift.ShiftId;

    public ShiftState State => CheckedOutAt is not null ? ShiftState.CheckedOut : CheckedInAt is not null ? ShiftState.CheckedIn : ShiftState.OffShift;
}
