using OutreachRouting.Routing.Solutions;

namespace OutreachRouting.Routing.Model;

/// <summary>
/// A previous plan to start from. A job served by another vehicle than in <see cref="Previous"/>,
/// or dropped, costs its <see cref="ChangeCosts"/> entry, so a re-plan moves only what pays.
/// </summary>
public sealed record WarmStart(Solution Previous, IReadOnlyList<double> ChangeCosts)
{
    /// <summary>The vehicle each job had in <see cref="Previous"/>, or -1 for a job it did not serve.</summary>
    public int[] PreviousVehicles(int jobCount)
    {
        var previous = new int[jobCount];
        Array.Fill(previous, -1);
        foreach (var route in Previous.Routes)
        {
            foreach (var j in route.Jobs)
                previous[j] = route.Vehicle;
        }
        return previous;
    }
}
