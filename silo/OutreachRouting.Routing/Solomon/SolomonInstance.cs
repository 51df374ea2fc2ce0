using OutreachRouting.Routing.Model;

namespace OutreachRouting.Routing.Solomon;

/// <summary>
/// A vehicle routing problem with time windows in Solomon's text format (also used by Gehring and Homberger's
/// larger sets). Travel time equals distance, Euclidean in double precision; service must start within
/// [ready, due]; every route is back at the depot by its due date.
/// </summary>
public sealed record SolomonInstance(string Name, int Vehicles, int Capacity, IReadOnlyList<SolomonCustomer> Customers)
{
    public SolomonCustomer Depot => Customers[0];

    /// <summary>Location 0 is the depot and location i is customer i (job i - 1); all jobs are mandatory.</summary>
    public RoutingProblem ToProblem()
    {
        var size = Customers.Count;
        var distances = Matrix.FromFunction(size, (i, j) =>
        {
            var dx = Customers[i].X - Customers[j].X;
            var dy = Customers[i].Y - Customers[j].Y;
            return Math.Sqrt(dx * dx + dy * dy);
        });
        var shift = new TimeWindow(Depot.Ready, Depot.Due);
        var vehicle = new Vehicle { StartLocation = 0, EndLocation = 0, Shift = shift, Capacity = Capacity };
        return new RoutingProblem
        {
            Profiles = [new TravelProfile(distances, distances)],
            Vehicles = [.. Enumerable.Repeat(vehicle, Vehicles)],
            Jobs =
            [
                .. Customers.Skip(1).Select(c => new Job
                {
                    Location = c.Number,
                    TimeWindows = [new TimeWindow(c.Ready, c.Due)],
                    ServiceDuration = c.Service,
                    Demand = c.Demand,
                    Name = c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }),
            ],
        };
    }
}
