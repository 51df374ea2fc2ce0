namespace OutreachRouting.Routing.Solutions;

/// <summary>Routes of the vehicles that serve jobs, and the jobs left out.</summary>
public sealed record Solution(IReadOnlyList<Route> Routes, IReadOnlyList<int> Unassigned);
