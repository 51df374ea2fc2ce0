using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OutreachRouting.Api;
using OutreachRouting.Api.Identity;
using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Venues;
using OutreachRouting.Json;

namespace OutreachRouting.Benchmarks.Api;

/// <summary>
/// Venue reads and durable venue updates through the real API (JWT, co-hosted silo, grain state on PostgreSQL),
/// against an unauthenticated trivial endpoint of the same host as the baseline. It runs on a database of its
/// own, created on the configured server and dropped at the end.
/// </summary>
public static class ApiBenchmark
{
    private const string Team = "bench";

    public static async Task<int> RunAsync(string? server, int concurrency, double seconds, double warmup, int runs, int venues)
    {
        server ??= Environment.GetEnvironmentVariable("ConnectionStrings__Outreach") ?? "Host=127.0.0.1;Port=55432;Username=outreach;Database=outreach";
        venues = Math.Max(venues, concurrency);
        var database = $"outreach_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        var keyPath = Path.Combine(Path.GetTempPath(), $"outreach-bench-key-{Guid.NewGuid():N}.json");
        try
        {
            // Development: the benchmark signs its tokens with a key on disk, which only a Development API trusts.
            await using var app = ApiHost.Build(["--environment", Environments.Development], builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Urls"] = "http://127.0.0.1:0",
                    ["ConnectionStrings:Outreach"] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString,
                    ["Orleans:ClusterId"] = "bench",
                    ["Orleans:MigrateOnStart"] = "true",
                    ["Authentication:DevKeyPath"] = keyPath,
                });
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
            });
            await app.StartAsync();
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var token = DevTokens.Issue(DevSigningKey.LoadOrCreate(keyPath), "bench", OutreachRoles.Manager, [Team], null, TimeSpan.FromHours(2));
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = address };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            Console.WriteLine($"API benchmark: {venues} venues on PostgreSQL, {concurrency} concurrent callers, {runs} runs of {seconds:0.#} s after {warmup:0.#} s of warm-up each, on {Environment.ProcessorCount} cores (the load shares them).");
            await SeedAsync(http, venues);

            var etags = new string[concurrency];
            for (var i = 0; i < concurrency; i++)
            {
                etags[i] = (await http.GetAsync($"teams/{Team}/venues/v{i}")).Headers.ETag!.Tag;
            }

            var updateBody = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Venue("Updated"), OutreachJson.Options));
            var scenarios = new (string Name, Func<int, Task<bool>> Call)[]
            {
                ("baseline (GET /health/live, no auth)", async _ => (await http.GetAsync("health/live")).StatusCode == HttpStatusCode.OK),
                ("venue reads (GET, JWT)", async _ => (await http.GetAsync($"teams/{Team}/venues/v{Random.Shared.Next(venues)}")).StatusCode == HttpStatusCode.OK),
                ("venue updates (PUT If-Match, durable)", async caller =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Put, $"teams/{Team}/venues/v{caller}") { Content = new ByteArrayContent(updateBody) };
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    request.Headers.IfMatch.Add(new EntityTagHeaderValue(etags[caller]));
                    using var response = await http.SendAsync(request);
                    etags[caller] = response.Headers.ETag?.Tag ?? etags[caller];
                    return response.StatusCode == HttpStatusCode.OK;
                }),
            };

            var medians = new List<LoadResult>();
            foreach (var (name, call) in scenarios)
            {
                await LoadGenerator.RunAsync(concurrency, TimeSpan.FromSeconds(warmup), call);
                var results = new List<LoadResult>();
                for (var run = 1; run <= runs; run++)
                {
                    var result = await LoadGenerator.RunAsync(concurrency, TimeSpan.FromSeconds(seconds), call);
                    results.Add(result);
                    Console.WriteLine($"  {name,-40} run {run}: {result.RequestsPerSecond,9:N0} req/s  p50 {result.P50Milliseconds,6:0.00} ms  p99 {result.P99Milliseconds,6:0.00} ms  failures {result.Failures}");
                }

                medians.Add(results.OrderBy(r => r.RequestsPerSecond).ElementAt(results.Count / 2));
            }

            Report(scenarios.Select(s => s.Name).ToList(), medians);
            return medians.All(m => m.Failures == 0) ? 0 : 1;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            File.Delete(keyPath);
        }
    }

    private static void Report(IReadOnlyList<string> names, IReadOnlyList<LoadResult> medians)
    {
        var baseline = medians[0].RequestsPerSecond;
        var reads = medians[1];
        var updates = medians[2];
        Console.WriteLine();
        Console.WriteLine($"{"median of runs",-40} {"req/s",9} {"p50 ms",7} {"p99 ms",7} {"x base",7}  target");
        string Line(int i, string target) =>
            $"{names[i],-40} {medians[i].RequestsPerSecond,9:N0} {medians[i].P50Milliseconds,7:0.00} {medians[i].P99Milliseconds,7:0.00} {medians[i].RequestsPerSecond / baseline,7:0.00}  {target}";
        Console.WriteLine(Line(0, "baseline"));
        Console.WriteLine(Line(1, $">= 0.50x baseline and p99 <= 10 ms: {(reads.RequestsPerSecond >= 0.5 * baseline && reads.P99Milliseconds <= 10 ? "met" : "NOT met")}"));
        Console.WriteLine(Line(2, $">= 2,000 durable updates/s: {(updates.RequestsPerSecond >= 2000 ? "met" : "NOT met")}"));
    }

    private static async Task SeedAsync(HttpClient http, int venues)
    {
        var features = new JsonArray();
        for (var i = 0; i < venues; i++)
        {
            var properties = JsonSerializer.SerializeToNode(Venue($"Bench venue {i}"), OutreachJson.Options)!.AsObject();
            var location = properties["location"]!.DeepClone();
            properties.Remove("location");
            features.Add(new JsonObject { ["type"] = "Feature", ["id"] = $"v{i}", ["geometry"] = location, ["properties"] = properties });
        }

        var body = new StringContent(new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString(), Encoding.UTF8, "application/geo+json");
        var response = await http.PostAsync($"teams/{Team}/venues/import", body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Seeding the benchmark venues failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static VenueDefinition Venue(string name) => new(
        name, VenueKind.Bar, "Camden", Shape.Point(-0.1426, 51.539),
        [new WeeklyWindow(DayOfWeek.Friday, new TimeOnly(22, 0), new TimeOnly(3, 0), EndsNextDay: true)],
        45, 14, 3, VenueNeeds.None, Sensitivity.Public);

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await using var command = source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
