namespace OutreachRouting.Rota;

/// <summary>A planned rota, how long planning took, how many search iterations it ran, and for a re-plan what changed.</summary>
public sealed record RotaPlan(WeeklyRota Rota, TimeSpan Elapsed, long Iterations, IReadOnlyList<RotaChange> Changes);
