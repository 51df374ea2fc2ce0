namespace OutreachRouting.Rota;

public enum UnplacedReason
{
    /// <summary>No access window this week is as long as the visit.</summary>
    WindowTooShort,

    /// <summary>No one is working during any of its access windows.</summary>
    NoShiftInWindow,

    /// <summary>Someone works then, but no one (or no pair) with what the visit needs.</summary>
    NoOneWithNeeds,

    /// <summary>Pinned to a worker and day that cannot make it.</summary>
    PinNotPossible,

    /// <summary>The shifts that could make it are full: placing it would cost more than it is worth.</summary>
    NoCapacity,

    /// <summary>The venue's other visits this week leave no day far enough from them.</summary>
    Spacing,

    /// <summary>Taken out of the rota by a manager's edit.</summary>
    RemovedByManager,
}
