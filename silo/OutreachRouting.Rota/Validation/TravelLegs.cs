using OutreachRouting.Rota.Travel;
using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota.Validation;

/// <summary>
/// Travel minutes between the places a rota uses: one matrix per way of travelling, over the distinct points the
/// shifts of that mode touch, so that checking a week asks the routing server once per mode.
/// </summary>
internal sealed class TravelLegs
{
    private readonly Dictionary<TravelMode, (Dictionary<GeoPoint, int> Index, Matrix Seconds)> matrices = [];

    private TravelLegs()
    {
    }

    public static async Task<TravelLegs> BuildAsync(ILookup<TravelMode, GeoPoint> points, ITravelTimes travel, CancellationToken cancellationToken)
    {
        var legs = new TravelLegs();
        foreach (var mode in points)
        {
            var distinct = mode.Distinct().ToList();
            var profile = await travel.MatrixAsync(distinct, mode.Key, cancellationToken);
            legs.matrices[mode.Key] = (distinct.Select((point, i) => (point, i)).ToDictionary(p => p.point, p => p.i), profile.Durations);
        }
        return legs;
    }

    public double Minutes(TravelMode mode, GeoPoint from, GeoPoint to)
    {
        var (index, seconds) = matrices[mode];
        return seconds[index[from], index[to]] / 60;
    }
}
