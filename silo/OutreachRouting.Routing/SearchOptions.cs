namespace OutreachRouting.Routing;

/// <summary>
/// How long and how the engine searches. With <see cref="TimeLimit"/> null and <see cref="MaxIterations"/> set,
/// the result depends only on the problem, the seed and the options (whatever <see cref="Parallelism"/> is).
/// With a time limit, the number of iterations done in that time, and so the result, depends on the machine's load.
/// </summary>
public sealed record SearchOptions
{
    public int Seed { get; init; } = 1;

    /// <summary>Wall-clock budget, construction included; null for none.</summary>
    public TimeSpan? TimeLimit { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Ruin-and-recreate iterations; null for none.</summary>
    public long? MaxIterations { get; init; }

    /// <summary>Independent searches run side by side with seeds Seed, Seed+1, ...; the best plan wins.</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>Size of each job's granular neighbourhood.</summary>
    public int Neighbours { get; init; } = 20;

    /// <summary>Average number of jobs a ruin step removes.</summary>
    public int AverageRemoved { get; init; } = 10;

    /// <summary>Longest string of consecutive visits a ruin step removes from one route.</summary>
    public int MaxStringLength { get; init; } = 10;
}
