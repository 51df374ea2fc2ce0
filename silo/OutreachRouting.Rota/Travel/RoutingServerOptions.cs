namespace OutreachRouting.Rota.Travel;

/// <summary>A routing server to ask for travel matrices.</summary>
/// <param name="Profiles">
/// The server's profile (OSRM) or costing (Valhalla) for each way of travelling, such as foot, bike or
/// pedestrian, bicycle. A mode without one is asked of <see cref="RoutingServerTravelTimes"/>'s fallback.
/// </param>
public sealed record RoutingServerOptions(Uri BaseUrl, RoutingServerKind Kind, IReadOnlyDictionary<TravelMode, string> Profiles)
{
    /// <summary>Points per request; larger matrices are asked for in blocks.</summary>
    public int MaxPointsPerRequest { get; init; } = 100;
}
