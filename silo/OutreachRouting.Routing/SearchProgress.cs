namespace OutreachRouting.Routing;

/// <summary>Reported each time a search finds a better feasible plan.</summary>
public sealed record SearchProgress(double Objective, long Iterations, TimeSpan Elapsed, int Run);
