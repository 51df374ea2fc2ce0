namespace OutreachRouting.Rota.Tests.Travel;

public sealed class TravelTimesTests
{
    private static readonly GeoPoint KingsCross = new(-0.1240, 51.5320);

    /// <summary>0.009 degrees of latitude north of King's Cross: 1,000.76 m as the crow flies, 1,300.98 m by road.</summary>
    private static readonly GeoPoint North = new(-0.1240, 51.5410);

    private static readonly IReadOnlyList<GeoPoint> Places =
    [
        KingsCross, North, new(-0.1420, 51.5390), new(-0.1030, 51.5460), new(-0.1100, 51.5860), new(-0.1060, 51.5900), new(-0.1500, 51.5500),
    ];

    [Theory]
    [InlineData(TravelMode.Walking, 975.7)]
    [InlineData(TravelMode.Cycling, 360.3)]
    [InlineData(TravelMode.PublicTransport, 934.5)]
    public async Task The_straight_line_is_stretched_for_streets_and_timed_at_the_modes_speed(TravelMode mode, double seconds)
    {
        var matrix = await new StraightLineTravelTimes().MatrixAsync([KingsCross, North], mode);

        Assert.Equal(1300.98, matrix.Distances[0, 1], 2);
        Assert.Equal(seconds, matrix.Durations[0, 1], 1);
        Assert.Equal(matrix.Durations[0, 1], matrix.Durations[1, 0], 9);
        Assert.Equal(0, matrix.Durations[1, 1]);
        Assert.Equal(0, matrix.Distances[0, 0]);
    }

    [Fact]
    public async Task An_osrm_table_is_asked_for_in_blocks_and_assembled_in_place()
    {
        await using var server = new FakeRoutingServer();
        using var http = new HttpClient();
        var options = new RoutingServerOptions(server.BaseUrl, RoutingServerKind.Osrm, new Dictionary<TravelMode, string> { [TravelMode.Walking] = "foot" }) { MaxPointsPerRequest = 4 };

        var matrix = await new RoutingServerTravelTimes(http, options).MatrixAsync(Places, TravelMode.Walking);

        // Seven points in blocks of two: four row blocks times four column blocks.
        Assert.Equal(16, server.Requests);
        Assert.All(server.Profiles, p => Assert.Equal("foot", p));
        for (var i = 0; i < Places.Count; i++)
        {
            for (var j = 0; j < Places.Count; j++)
            {
                Assert.Equal(i == j ? 0 : FakeRoutingServer.RoadSeconds(Places[i], Places[j]), matrix.Durations[i, j], 6);
                Assert.Equal(i == j ? 0 : FakeRoutingServer.RoadMetres(Places[i], Places[j]), matrix.Distances[i, j], 6);
            }
        }
    }

    [Fact]
    public async Task A_valhalla_matrix_is_read_in_metres_and_a_pair_without_a_route_falls_back_to_the_estimate()
    {
        static bool Island(GeoPoint from, GeoPoint to) => from == Places[4] && to == Places[5];
        await using var server = new FakeRoutingServer(Island);
        using var http = new HttpClient();
        var options = new RoutingServerOptions(server.BaseUrl, RoutingServerKind.Valhalla, new Dictionary<TravelMode, string> { [TravelMode.Cycling] = "bicycle" });

        var matrix = await new RoutingServerTravelTimes(http, options).MatrixAsync(Places, TravelMode.Cycling);
        var estimate = await new StraightLineTravelTimes().MatrixAsync(Places, TravelMode.Cycling);

        Assert.Equal(1, server.Requests);
        Assert.Equal(["bicycle"], server.Profiles);
        Assert.Equal(FakeRoutingServer.RoadMetres(Places[0], Places[1]), matrix.Distances[0, 1], 6);
        Assert.Equal(FakeRoutingServer.RoadSeconds(Places[5], Places[4]), matrix.Durations[5, 4], 6);
        Assert.Equal(estimate.Durations[4, 5], matrix.Durations[4, 5], 9);
        Assert.Equal(estimate.Distances[4, 5], matrix.Distances[4, 5], 9);
    }

    [Fact]
    public async Task A_mode_the_server_has_no_profile_for_comes_from_the_fallback_without_asking()
    {
        await using var server = new FakeRoutingServer();
        using var http = new HttpClient();
        var options = new RoutingServerOptions(server.BaseUrl, RoutingServerKind.Osrm, new Dictionary<TravelMode, string> { [TravelMode.Walking] = "foot" });

        var matrix = await new RoutingServerTravelTimes(http, options).MatrixAsync(Places, TravelMode.PublicTransport);

        Assert.Equal(0, server.Requests);
        Assert.Equal((await new StraightLineTravelTimes().MatrixAsync(Places, TravelMode.PublicTransport)).Durations[2, 3], matrix.Durations[2, 3], 9);
    }

    [Fact]
    public async Task A_server_error_is_reported_with_the_request_and_status()
    {
        await using var server = new FakeRoutingServer(failWithStatus: 503);
        using var http = new HttpClient();
        var options = new RoutingServerOptions(server.BaseUrl, RoutingServerKind.Osrm, new Dictionary<TravelMode, string> { [TravelMode.Walking] = "foot" });

        var error = await Assert.ThrowsAsync<RoutingServerException>(() => new RoutingServerTravelTimes(http, options).MatrixAsync(Places, TravelMode.Walking));

        Assert.Contains("503", error.Message);
        Assert.Contains("/table/v1/foot/", error.Message);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_by_address()
    {
        using var http = new HttpClient();
        var options = new RoutingServerOptions(new Uri("http://127.0.0.1:9/"), RoutingServerKind.Valhalla, new Dictionary<TravelMode, string> { [TravelMode.Walking] = "pedestrian" });

        var error = await Assert.ThrowsAsync<RoutingServerException>(() => new RoutingServerTravelTimes(http, options).MatrixAsync(Places, TravelMode.Walking));

        Assert.Contains("http://127.0.0.1:9/", error.Message);
    }
}
