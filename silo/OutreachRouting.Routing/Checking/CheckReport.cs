namespace OutreachRouting.Routing.Checking;

/// <summary>The checker's verdict: every rule broken, and the objective recomputed from the raw model.</summary>
public sealed record CheckReport(
    IReadOnlyList<Violation> Violations,
    double Objective,
    double Distance,
    int VehiclesUsed,
    IReadOnlyList<RouteReport> Routes)
{
    public bool IsFeasible => Violations.Count == 0;

    public IEnumerable<ViolationKind> Kinds => Violations.Select(v => v.Kind).Distinct();
}
