using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota.Travel;

/// <summary>
/// Travel times for one piece of work, such as an edit and the check of its result: it keeps every matrix it asks
/// for and answers a later request whose points one of them already covers from that matrix, so the editor and the
/// validator, each asking for what it needs in its own way, ask the routing server once per mode between them.
/// Short-lived and not thread-safe: one per edit, not a cache for the silo (the server's data changes).
/// </summary>
public sealed class SharedTravelTimes(ITravelTimes travel) : ITravelTimes
{
    private readonly List<(TravelMode Mode, Dictionary<GeoPoint, int> Index, TravelProfile Profile)> known = [];

    public async Task<TravelProfile> MatrixAsync(IReadOnlyList<GeoPoint> points, TravelMode mode, CancellationToken cancellationToken = default)
    {
        foreach (var (knownMode, index, profile) in known)
        {
            if (knownMode == mode && points.All(index.ContainsKey))
                return Slice(profile, [.. points.Select(p => index[p])]);
        }
        var computed = await travel.MatrixAsync(points, mode, cancellationToken);
        var indexOf = new Dictionary<GeoPoint, int>();
        for (var i = 0; i < points.Count; i++)
            indexOf.TryAdd(points[i], i);
        known.Add((mode, indexOf, computed));
        return computed;
    }

    private static TravelProfile Slice(TravelProfile profile, int[] rows) => new(
        Matrix.FromFunction(rows.Length, (i, j) => profile.Durations[rows[i], rows[j]]),
        Matrix.FromFunction(rows.Length, (i, j) => profile.Distances[rows[i], rows[j]]));
}
