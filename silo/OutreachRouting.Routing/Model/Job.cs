namespace OutreachRouting.Routing.Model;

/// <summary>A visit to a place. Service must start inside one of its time windows; waiting is allowed.</summary>
public sealed record Job
{
    public required int Location { get; init; }

    /// <summary>Disjoint windows, sorted by start. Empty means "any time".</summary>
    public IReadOnlyList<TimeWindow> TimeWindows { get; init; } = [];

    public double ServiceDuration { get; init; }

    public int Demand { get; init; }

    /// <summary>Skills the serving vehicle must all have.</summary>
    public ulong RequiredSkills { get; init; }

    /// <summary>Higher first when the engine builds or rebuilds routes; the objective only sees <see cref="Penalty"/>.</summary>
    public int Priority { get; init; }

    /// <summary>Cost of leaving the job out; null makes the job mandatory.</summary>
    public double? Penalty { get; init; }

    /// <summary>When set, only this vehicle index may serve the job.</summary>
    public int? PinnedVehicle { get; init; }

    /// <summary>When set, only vehicles of this day may serve the job.</summary>
    public int? PinnedDay { get; init; }

    public string? Name { get; init; }
}
