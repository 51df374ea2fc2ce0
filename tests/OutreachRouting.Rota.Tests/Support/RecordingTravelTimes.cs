using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota.Tests.Support;

/// <summary>Straight-line travel that records what it was asked for.</summary>
internal sealed class RecordingTravelTimes : ITravelTimes
{
    public List<(TravelMode Mode, int Points)> Requests { get; } = [];

    public Task<TravelProfile> MatrixAsync(IReadOnlyList<GeoPoint> points, TravelMode mode, CancellationToken cancellationToken = default)
    {
        Requests.Add((mode, points.Count));
        return new StraightLineTravelTimes().MatrixAsync(points, mode, cancellationToken);
    }
}
