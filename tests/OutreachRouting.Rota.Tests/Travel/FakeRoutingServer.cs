using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace OutreachRouting.Rota.Tests.Travel;

/// <summary>
/// A routing server on 127.0.0.1 that answers OSRM table and Valhalla sources_to_targets requests in their
/// formats. Its road distance is twice the straight line and its speed 2 m/s, worked out from the positions
/// it is sent, so a test can tell whether the client sent the right points and put each answer in its place.
/// </summary>
internal sealed class FakeRoutingServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public FakeRoutingServer(Func<GeoPoint, GeoPoint, bool>? unroutable = null, int failWithStatus = 0)
    {
        Unroutable = unroutable ?? ((_, _) => false);
        FailWithStatus = failWithStatus;
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(BaseUrl.ToString());
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    public int Requests { get; private set; }

    public List<string> Profiles { get; } = [];

    private Func<GeoPoint, GeoPoint, bool> Unroutable { get; }

    private int FailWithStatus { get; }

    public static double RoadMetres(GeoPoint a, GeoPoint b) => 2 * a.MetresTo(b);

    public static double RoadSeconds(GeoPoint a, GeoPoint b) => RoadMetres(a, b) / 2;

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            // Stopped between the loop's check and the wait, the listener throws InvalidOperationException instead.
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Requests++;
            var (status, body) = FailWithStatus != 0 ? (FailWithStatus, "{\"message\":\"overloaded\"}") : await AnswerAsync(context.Request);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private async Task<(int, string)> AnswerAsync(HttpListenerRequest request)
    {
        var path = request.Url!.AbsolutePath;
        if (request.HttpMethod == "GET" && path.StartsWith("/table/v1/", StringComparison.Ordinal))
        {
            var parts = path["/table/v1/".Length..].Split('/', 2);
            Profiles.Add(parts[0]);
            var points = Uri.UnescapeDataString(parts[1]).Split(';').Select(Parse).ToList();
            var sources = Indices(request.QueryString["sources"]).Select(i => points[i]).ToList();
            var targets = Indices(request.QueryString["destinations"]).Select(i => points[i]).ToList();
            return (200, new JsonObject
            {
                ["code"] = "Ok",
                ["durations"] = Grid(sources, targets, RoadSeconds),
                ["distances"] = Grid(sources, targets, RoadMetres),
            }.ToJsonString());
        }

        if (request.HttpMethod == "POST" && path == "/sources_to_targets")
        {
            using var reader = new StreamReader(request.InputStream);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!;
            Profiles.Add((string)body["costing"]!);
            static List<GeoPoint> Points(JsonNode? list) => [.. list!.AsArray().Select(p => new GeoPoint((double)p!["lon"]!, (double)p["lat"]!))];
            var sources = Points(body["sources"]);
            var targets = Points(body["targets"]);
            var grid = new JsonArray([.. sources.Select((s, i) => (JsonNode)new JsonArray([.. targets.Select((t, j) => Unroutable(s, t)
                ? null
                : (JsonNode)new JsonObject { ["from_index"] = i, ["to_index"] = j, ["time"] = RoadSeconds(s, t), ["distance"] = RoadMetres(s, t) / 1000 })]))]);
            return (200, new JsonObject { ["sources_to_targets"] = grid, ["units"] = "kilometers" }.ToJsonString());
        }

        return (404, "{\"message\":\"no such service\"}");
    }

    private JsonArray Grid(List<GeoPoint> sources, List<GeoPoint> targets, Func<GeoPoint, GeoPoint, double> value) =>
        [.. sources.Select(s => (JsonNode)new JsonArray([.. targets.Select(t => Unroutable(s, t) ? null : (JsonNode)JsonValue.Create(value(s, t)))]))];

    private static GeoPoint Parse(string text)
    {
        var xy = text.Split(',');
        return new GeoPoint(double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture));
    }

    private static IEnumerable<int> Indices(string? list) => list!.Split(';').Select(i => int.Parse(i, CultureInfo.InvariantCulture));

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }
}
