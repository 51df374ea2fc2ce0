using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota.Travel;

/// <summary>
/// Travel matrices from an OSRM- or Valhalla-style routing server. Large matrices are asked for in blocks; a
/// mode the server has no profile for, and a pair it cannot route (a point off the network), come from the
/// fallback (the straight line, by default).
/// </summary>
public sealed class RoutingServerTravelTimes(HttpClient http, RoutingServerOptions options, ITravelTimes? fallback = null) : ITravelTimes
{
    private readonly ITravelTimes fallback = fallback ?? new StraightLineTravelTimes();

    public async Task<TravelProfile> MatrixAsync(IReadOnlyList<GeoPoint> points, TravelMode mode, CancellationToken cancellationToken = default)
    {
        var estimate = await fallback.MatrixAsync(points, mode, cancellationToken);
        if (!options.Profiles.TryGetValue(mode, out var profile))
        {
            return estimate;
        }

        var durations = new Matrix(points.Count);
        var distances = new Matrix(points.Count);
        var block = Math.Max(1, options.MaxPointsPerRequest / 2);
        for (var rows = 0; rows < points.Count; rows += block)
        {
            for (var columns = 0; columns < points.Count; columns += block)
            {
                var sources = points.Skip(rows).Take(block).ToList();
                var targets = points.Skip(columns).Take(block).ToList();
                var (blockDurations, blockDistances) = await BlockAsync(sources, targets, profile, cancellationToken);
                for (var i = 0; i < sources.Count; i++)
                {
                    for (var j = 0; j < targets.Count; j++)
                    {
                        var (from, to) = (rows + i, columns + j);
                        durations[from, to] = from == to ? 0 : blockDurations[i][j] ?? estimate.Durations[from, to];
                        distances[from, to] = from == to ? 0 : blockDistances[i][j] ?? estimate.Distances[from, to];
                    }
                }
            }
        }

        return new TravelProfile(durations, distances);
    }

    /// <returns>Seconds and metres from each source to each target; null where the server found no route.</returns>
    private async Task<(double?[][] Durations, double?[][] Distances)> BlockAsync(
        IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets, string profile, CancellationToken cancellationToken)
    {
        var request = options.Kind == RoutingServerKind.Osrm ? OsrmRequest(sources, targets, profile) : ValhallaRequest(sources, targets, profile);
        JsonNode? answer;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new RoutingServerException($"The routing server answered {(int)response.StatusCode} to {request.Method} {request.RequestUri}: {Shorten(body)}");
            }

            answer = JsonNode.Parse(body);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new RoutingServerException($"The routing server at {options.BaseUrl} gave no matrix: {e.Message}", e);
        }

        return options.Kind == RoutingServerKind.Osrm ? ReadOsrm(answer, sources.Count, targets.Count) : ReadValhalla(answer, sources.Count, targets.Count);
    }

    private HttpRequestMessage OsrmRequest(IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets, string profile)
    {
        var coordinates = string.Join(';', sources.Concat(targets).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Longitude:R},{p.Latitude:R}")));
        var sourceIndices = string.Join(';', Enumerable.Range(0, sources.Count));
        var targetIndices = string.Join(';', Enumerable.Range(sources.Count, targets.Count));
        var path = $"table/v1/{Uri.EscapeDataString(profile)}/{coordinates}?sources={sourceIndices}&destinations={targetIndices}&annotations=duration,distance";
        return new HttpRequestMessage(HttpMethod.Get, new Uri(options.BaseUrl, path));
    }

    private HttpRequestMessage ValhallaRequest(IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets, string costing)
    {
        static JsonArray Locations(IEnumerable<GeoPoint> points) => [.. points.Select(p => (JsonNode)new JsonObject { ["lat"] = p.Latitude, ["lon"] = p.Longitude })];
        var body = new JsonObject { ["sources"] = Locations(sources), ["targets"] = Locations(targets), ["costing"] = costing, ["units"] = "kilometers" };
        return new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseUrl, "sources_to_targets"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
    }

    private static (double?[][], double?[][]) ReadOsrm(JsonNode? answer, int rows, int columns)
    {
        if ((string?)answer?["code"] != "Ok")
        {
            throw new RoutingServerException($"The routing server refused the table request: {(string?)answer?["code"]} {(string?)answer?["message"]}");
        }

        static double? Number(JsonNode? cell) => cell?.GetValue<double>();
        return (Grid(answer!["durations"], rows, columns, "durations", Number), Grid(answer["distances"], rows, columns, "distances", Number));
    }

    private static (double?[][], double?[][]) ReadValhalla(JsonNode? answer, int rows, int columns)
    {
        var grid = answer?["sources_to_targets"];
        return (
            Grid(grid, rows, columns, "times", cell => cell?["time"]?.GetValue<double>()),
            Grid(grid, rows, columns, "distances", cell => cell?["distance"]?.GetValue<double>() * 1000));
    }

    private static double?[][] Grid(JsonNode? node, int rows, int columns, string name, Func<JsonNode?, double?> read)
    {
        if (node is not JsonArray array || array.Count != rows || array.Any(row => row is not JsonArray { Count: var c } || c != columns))
        {
            throw new RoutingServerException($"The routing server's {name} are not a {rows} by {columns} grid.");
        }

        return [.. array.Select(row => row!.AsArray().Select(read).ToArray())];
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "...";
}
