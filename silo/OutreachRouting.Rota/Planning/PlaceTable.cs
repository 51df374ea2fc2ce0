using OutreachRouting.Rota.Travel;
using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota.Planning;

/// <summary>
/// The venues a week's plan can touch, as engine locations, and travel minutes between them for each way of
/// travelling. A leg runs from where the last visit ended (a street route's last point) to where the next starts.
/// </summary>
internal sealed class PlaceTable
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<PlanningVenue> _places = [];
    private readonly Dictionary<TravelMode, int> _profileOf = [];

    public IReadOnlyList<TravelProfile> Profiles { get; private set; } = [];

    public int this[string venueId] => _index[venueId];

    public PlanningVenue Venue(int location) => _places[location];

    public int ProfileOf(TravelMode mode) => _profileOf[mode];

    /// <summary>Travel minutes from one place to another for a mode.</summary>
    public double Minutes(TravelMode mode, int from, int to) => Profiles[_profileOf[mode]].Durations[from, to];

    public static async Task<PlaceTable> BuildAsync(IEnumerable<PlanningVenue> venues, IEnumerable<TravelMode> modes, ITravelTimes travel, CancellationToken cancellation)
    {
        var table = new PlaceTable();
        foreach (var venue in venues)
        {
            if (table._index.TryAdd(venue.Id, table._places.Count))
                table._places.Add(venue);
        }
        var points = table._places.SelectMany(p => new[] { p.Arrival, p.Departure }).Distinct().ToList();
        var pointIndex = points.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var profiles = new List<TravelProfile>();
        foreach (var mode in modes.Distinct().Order())
        {
            var seconds = await travel.MatrixAsync(points, mode, cancellation);
            var minutes = Matrix.FromFunction(table._places.Count, (i, j) => i == j ? 0
                : seconds.Durations[pointIndex[table._places[i].Departure], pointIndex[table._places[j].Arrival]] / 60);
            table._profileOf[mode] = profiles.Count;

            // The objective's "distance" is travel time: little travel means little time on the road.
            profiles.Add(new TravelProfile(minutes, minutes));
        }
        table.Profiles = profiles;
        return table;
    }
}
