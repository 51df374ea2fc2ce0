namespace OutreachRouting.Routing.Model;

/// <summary>
/// One shift that can carry out jobs: a worker, or a pair of workers, on one day.
/// A pair is a single vehicle whose <see cref="Skills"/> include a "pair" bit, so pair-only jobs
/// require that bit.
/// </summary>
public sealed record Vehicle
{
    public required int StartLocation { get; init; }

    public required int EndLocation { get; init; }

    /// <summary>Earliest departure and latest return.</summary>
    public TimeWindow Shift { get; init; } = TimeWindow.Always;

    /// <summary>Longest time from departure to return, waiting included.</summary>
    public double MaxDuration { get; init; } = double.PositiveInfinity;

    public IReadOnlyList<VehicleBreak> Breaks { get; init; } = [];

    /// <summary>Bit set of skills; a job needs all of its <see cref="Job.RequiredSkills"/> here.</summary>
    public ulong Skills { get; init; }

    /// <summary>Paid once when the vehicle serves at least one job.</summary>
    public double FixedCost { get; init; }

    public int Capacity { get; init; } = int.MaxValue;

    /// <summary>Day index of the shift; used by job groups' spacing and by day pins.</summary>
    public int Day { get; init; }

    /// <summary>Index into <see cref="RoutingProblem.Profiles"/>.</summary>
    public int Profile { get; init; }

    public string? Name { get; init; }
}
