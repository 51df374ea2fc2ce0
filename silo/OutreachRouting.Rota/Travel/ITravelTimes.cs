using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota.Travel;

/// <summary>Travel between places, for the engine's matrices: durations in seconds, distances in metres.</summary>
public interface ITravelTimes
{
    /// <summary>Every point to every point, for one way of travelling; the diagonal is zero.</summary>
    Task<TravelProfile> MatrixAsync(IReadOnlyList<GeoPoint> points, TravelMode mode, CancellationToken cancellationToken = default);
}
