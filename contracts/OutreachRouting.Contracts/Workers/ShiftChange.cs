namespace OutreachRouting.Contracts.Workers;

/// <summary>How a shift differs from the rota version the worker last acknowledged for its week.</summary>
public enum ShiftChange
{
    Unchanged,

    /// <summary>Not in the acknowledged version (or the week was never acknowledged).</summary>
    New,

    /// <summary>Its times, its partner or its stops moved since the acknowledged version.</summary>
    Changed,

    /// <summary>In the acknowledged version, and no longer given to the worker.</summary>
    Removed,
}
