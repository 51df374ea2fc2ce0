using System.Net;
using System.Net.Http.Json;
using OutreachRouting.Api.Identity;
using OutreachRouting.Benchmarks.Api;
using OutreachRouting.Contracts;
using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Venues;
using OutreachRouting.Contracts.Visits;
using OutreachRouting.Contracts.Workers;
using OutreachRouting.Json;
using RotaStopKind = OutreachRouting.Contracts.Rotas.RotaStopKind;
using TravelMode = OutreachRouting.Contracts.Workers.TravelMode;
using WorkerSkill = OutreachRouting.Contracts.Workers.WorkerSkill;

namespace OutreachRouting.Benchmarks.WorkerDay;

/// <summary>
/// The worker's day under load, through the real API on PostgreSQL: many workers on shift at once, each reading
/// their day and recording visits from their phone. For the reads, each has a day as the service plans one (an
/// afternoon alone, an evening in a pair with a restricted venue on it); for the records, a shift running now with
/// enough stops of their own that no record is ever refused as a second one for its stop.
/// </summary>
public static class WorkerDayBenchmark
{
    private const string Team = "bench-day";

    /// <summary>More than the API records in a second on this kind of machine, so that no caller runs out of stops.</summary>
    private const double MostRecordsPerSecond = 4000;

    /// <summary>
    /// At most this many records a venue, as twelve weeks of twice-weekly visits would leave: a venue's live state
    /// holds its last twelve weeks, so piling every record on a few venues would measure states no venue has.
    /// </summary>
    private const int RecordsPerVenue = 24;

    public static async Task<int> RunAsync(string? server, int concurrency, double seconds, double warmup, int runs, int venues, int overdue)
    {
        venues = Math.Max(venues, (int)(MostRecordsPerSecond * (warmup + (runs * seconds)) / RecordsPerVenue) + 1);
        await using var api = await BenchmarkApi.StartAsync(server);
        using var manager = api.Client(concurrency, api.Token(OutreachRoles.Manager, Team));
        Console.WriteLine($"Worker-day benchmark: {concurrency} workers on shift at once, {venues} venues, on PostgreSQL, {runs} runs of {seconds:0.#} s after {warmup:0.#} s of warm-up each, on {Environment.ProcessorCount} cores (the load shares them).");

        await BenchmarkApi.ImportVenuesAsync(manager, Team, venues, i => Venue(i == 0 ? VenueKind.Clinic : VenueKind.Bar, $"Venue {i}") with
        {
            Sensitivity = i > 0 && i % 10 == 0 ? Sensitivity.Restricted : Sensitivity.Public,
        });
        var stops = await GiveShiftsAsync(api.Grains, concurrency, venues, RecordsPerVenue);
        await GiveDaysAsync(api.Grains, concurrency, venues);
        var phones = Enumerable.Range(0, concurrency).Select(i => api.Client(1, api.Token(OutreachRoles.Worker, Team, Worker(i)))).ToArray();
        var dayPhones = Enumerable.Range(0, concurrency).Select(i => api.Client(1, api.Token(OutreachRoles.Worker, Team, DayWorker(i)))).ToArray();
        try
        {
            // On shift, as the phones say: so that no missed check-in escalates while they are measured.
            foreach (var phone in phones)
                (await phone.PostAsync($"teams/{Team}/me/checkin", null)).EnsureSuccessStatusCode();

            var today = await LoadGenerator.MedianAsync("today's shifts (GET /me/today)", concurrency, warmup, seconds, runs, async caller =>
            {
                using var response = await dayPhones[caller].GetAsync($"teams/{Team}/me/today");
                return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsByteArrayAsync()).Length > 0;
            });

            var next = new int[concurrency];
            var records = await LoadGenerator.MedianAsync("visit records (POST, durable)", concurrency, warmup, seconds, runs, async caller =>
            {
                if (next[caller] >= stops[caller].Count)
                    return false;
                var stopId = stops[caller][next[caller]++];
                using var request = new HttpRequestMessage(HttpMethod.Post, $"teams/{Team}/visits")
                {
                    Content = JsonContent.Create(new VisitReport(stopId, VisitOutcome.Visited, new VisitCounts(Contacts: 3, NewContacts: 1, CondomPacks: 5)), options: OutreachJson.Options),
                };
                request.Headers.Add("Idempotency-Key", stopId);
                using var response = await phones[caller].SendAsync(request);
                return response.StatusCode == HttpStatusCode.Created;
            });

            Console.WriteLine();
            Console.WriteLine($"{"median of runs",-40} {"req/s",9} {"p50 ms",7} {"p99 ms",7}  target");
            Console.WriteLine($"{"today's shifts (GET /me/today)",-40} {today.RequestsPerSecond,9:N0} {today.P50Milliseconds,7:0.00} {today.P99Milliseconds,7:0.00}  >= 5,000 req/s with p99 <= 20 ms: {(today.RequestsPerSecond >= 5000 && today.P99Milliseconds <= 20 ? "met" : "NOT met")}");
            Console.WriteLine($"{"visit records (POST, durable)",-40} {records.RequestsPerSecond,9:N0} {records.P50Milliseconds,7:0.00} {records.P99Milliseconds,7:0.00}  >= 1,000 durable records/s: {(records.RequestsPerSecond >= 1000 ? "met" : "NOT met")}");

            Console.WriteLine();
            var (stream, webhook) = await EscalationBenchmark.RunAsync(api, overdue);
            Console.WriteLine($"{$"{overdue} shifts overdue at once",-40} {"p50 s",9} {"p99 s",7} {"max s",7}  target");
            foreach (var (name, delays) in new[] { ("alert on a manager's stream (SSE)", stream), ("second round at the webhook", webhook) })
            {
                var met = delays.Missing == 0 && delays.Percentile(0.99) <= 60;
                Console.WriteLine($"{name,-40} {delays.Percentile(0.5),9:0.00} {delays.Percentile(0.99),7:0.00} {delays.Percentile(1),7:0.00}  p99 <= 60 s{(delays.Missing > 0 ? $", {delays.Missing} never came" : "")}: {(met ? "met" : "NOT met")}");
            }

            return records.Failures + today.Failures + stream.Missing + webhook.Missing == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var phone in phones.Concat(dayPhones))
                phone.Dispose();
        }
    }

    /// <summary>
    /// Worker i's shift, begun ten minutes ago (so that its check-in is not yet overdue), visits the venues j ≡ i (mod workers), each <paramref name="visitsPerVenue"/>
    /// times, going round them all before coming back to one: the stops a caller records, in order. Delivered to the
    /// worker grains as publishing would.
    /// </summary>
    private static async Task<List<string>[]> GiveShiftsAsync(IGrainFactory grains, int workers, int venues, int visitsPerVenue)
    {
        var now = DateTimeOffset.UtcNow;
        var week = OutreachKeys.WeekOf(DateOnly.FromDateTime(now.UtcDateTime));
        var stops = new List<string>[workers];
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async i =>
        {
            var worker = grains.GetGrain<IWorkerGrain>(OutreachKeys.For(Team, Worker(i)));
            await worker.CreateAsync(new WorkerDefinition(
                $"Worker {i}", "v0", [WorkerSkill.HealthPromotion], ["english"], true, 30,
                [new WeeklyWindow(now.DayOfWeek, TimeOnly.MinValue, new TimeOnly(23, 45))], [], TravelMode.Walking));
            var mine = Enumerable.Range(1, venues - 1).Where(j => j % workers == i).ToList();
            var visits = Enumerable.Range(1, visitsPerVenue)
                .SelectMany(k => mine.Select(j => new AssignedStop(
                    $"v{j}", now.AddMinutes(-45), now.AddHours(6), RotaStopKind.Visit, null, k, now.AddMinutes(-30), 5, StopIds.ForVisit(week, $"v{j}", k))))
                .ToList();
            stops[i] = [.. visits.Select(s => s.StopId!)];
            await worker.AssignAsync(week, 1, [new ShiftAssignment($"{week}.v1", now.AddMinutes(-10), now.AddHours(8), null, visits, $"bench/{i}", "v0")]);
        }));
        return stops;
    }

    /// <summary>
    /// Day worker i: an afternoon shift alone of five visits, and an evening shift of three with day worker i xor 1, the
    /// second stop at a restricted venue, so that every read meets the restricted-position rule.
    /// </summary>
    private static Task GiveDaysAsync(IGrainFactory grains, int workers, int venues)
    {
        var now = DateTimeOffset.UtcNow;
        var week = OutreachKeys.WeekOf(DateOnly.FromDateTime(now.UtcDateTime));
        var (afternoon, evening) = (London.Day(London.Date(now)).From.AddHours(13), London.Day(London.Date(now)).From.AddHours(19));
        return Task.WhenAll(Enumerable.Range(0, workers).Select(async i =>
        {
            var worker = grains.GetGrain<IWorkerGrain>(OutreachKeys.For(Team, DayWorker(i)));
            await worker.CreateAsync(new WorkerDefinition(
                $"Day worker {i}", "v0", [WorkerSkill.HealthPromotion], ["english"], true, 30,
                [new WeeklyWindow(now.DayOfWeek, new TimeOnly(12, 0), new TimeOnly(23, 0))], [], TravelMode.Walking));
            AssignedStop Stop(DateTimeOffset shiftStart, int n, int venue) => new(
                $"v{venue}", shiftStart.AddMinutes(20 + (60 * n)), shiftStart.AddMinutes(65 + (60 * n)), RotaStopKind.Visit, null, 1,
                shiftStart.AddMinutes(20 + (60 * n)), 12, StopIds.ForVisit(week, $"v{venue}", 1));
            var pair = i ^ 1;
            await worker.AssignAsync(week, 1,
            [
                new ShiftAssignment($"{week}.v1", afternoon, afternoon.AddHours(5.5), null,
                    [.. Enumerable.Range(0, 5).Select(n => Stop(afternoon, n, 1 + ((i * 5 + n) % (venues - 1))))], $"day/{i}", "v0"),
                new ShiftAssignment($"{week}.v1", evening, evening.AddHours(3.5), pair < workers ? DayWorker(pair) : null,
                    [.. Enumerable.Range(0, 3).Select(n => Stop(evening, n, n == 1 ? RestrictedVenue(i / 2) : 1 + ((i * 3 + n + 7) % (venues - 1))))], $"eve/{Math.Min(i, pair)}", "v0"),
            ]);
        }));
    }

    /// <summary>Every tenth venue is restricted.</summary>
    private static int RestrictedVenue(int n) => 10 * (1 + n);

    private static string Worker(int i) => $"w{i}";

    private static string DayWorker(int i) => $"d{i}";

    private static VenueDefinition Venue(VenueKind kind, string name) => new(
        name, kind, "Camden", Shape.Point(-0.1426, 51.539),
        [new WeeklyWindow(DayOfWeek.Friday, new TimeOnly(18, 0), new TimeOnly(23, 0))],
        30, 14, 3, VenueNeeds.None, Sensitivity.Public);
}
