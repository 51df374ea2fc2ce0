using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OutreachRouting.Api.Identity;
using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Venues;
using OutreachRouting.Json;

namespace OutreachRouting.Benchmarks.Api;

/// <summary>
/// Venue reads and durable venue updates through the real API (<see cref="BenchmarkApi"/>), against an
/// unauthenticated trivial endpoint of the same host as the baseline.
/// </summary>
public static class ApiBenchmark
{
    private const string Team = "bench";

    public static async Task<int> RunAsync(string? server, int concurrency, double seconds, double warmup, int runs, int venues)
    {
        venues = Math.Max(venues, concurrency);
        await using var api = await BenchmarkApi.StartAsync(server);
        using var http = api.Client(concurrency, api.Token(OutreachRoles.Manager, Team));

        Console.WriteLine($"API benchmark: {venues} venues on PostgreSQL, {concurrency} concurrent callers, {runs} runs of {seconds:0.#} s after {warmup:0.#} s of warm-up each, on {Environment.ProcessorCount} cores (the load shares them).");
        await BenchmarkApi.ImportVenuesAsync(http, Team, venues, i => Venue($"Bench venue {i}"));

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
            medians.Add(await LoadGenerator.MedianAsync(name, concurrency, warmup, seconds, runs, call));

        Report(scenarios.Select(s => s.Name).ToList(), medians);
        return medians.All(m => m.Failures == 0) ? 0 : 1;
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

    private static VenueDefinition Venue(string name) => new(
        name, VenueKind.Bar, "Camden", Shape.Point(-0.1426, 51.539),
        [new WeeklyWindow(DayOfWeek.Friday, new TimeOnly(22, 0), new TimeOnly(3, 0), EndsNextDay: true)],
        45, 14, 3, VenueNeeds.None, Sensitivity.Public);
}
