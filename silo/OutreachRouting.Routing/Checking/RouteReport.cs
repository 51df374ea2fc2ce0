namespace OutreachRouting.Routing.Checking;

/// <summary>
/// A route as the checker recomputed it, departing as late as the windows allow;
/// <c>StartTimes</c> holds the service start of each stop in route order, breaks included.
/// </summary>
public sealed record RouteReport(int Vehicle, double Departure, double Return, double Distance, int Load, IReadOnlyList<double> StartTimes)
{
    public double Duration => Return - Departure;
}
