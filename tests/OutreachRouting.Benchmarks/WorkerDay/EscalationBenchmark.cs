using System.Collections.Concurrent;
using OutreachRouting.Api.Identity;
using OutreachRouting.Benchmarks.Api;
using OutreachRouting.Client;
using OutreachRouting.Contracts;
using OutreachRouting.Contracts.Safety;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Workers;
using OutreachRouting.TestSupport.Webhooks;
using RotaStopKind = OutreachRouting.Contracts.Rotas.RotaStopKind;
using TravelMode = OutreachRouting.Contracts.Workers.TravelMode;
using WorkerSkill = OutreachRouting.Contracts.Workers.WorkerSkill;

namespace OutreachRouting.Benchmarks.WorkerDay;

/// <summary>
/// Many shifts overdue at once: every one's check-in falls overdue at the same moment, and a minute later its
/// second threshold. Measured from each moment to the alert's event on a manager's open stream and to the round's
/// arrival at a real webhook receiver on this machine.
/// </summary>
public static class EscalationBenchmark
{
    private const string Team = "bench-safety";
    private const string Secret = "a-webhook-secret-of-at-least-32-characters";
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Second = TimeSpan.FromMinutes(6);

    /// <summary>Long enough to hand every shift out before the first falls due.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(30);

    public static async Task<(Delays Stream, Delays Webhook)> RunAsync(BenchmarkApi api, int shifts)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await api.Grains.GetGrain<ITeamSafetyGrain>(Team).UpdateSettingsAsync(
            new SafetySettings((int)Grace.TotalMinutes, (int)Second.TotalMinutes, 5, receiver.Url, Secret), null, "benchmark");

        using var manager = new OutreachClient(api.Client(1, api.Token(OutreachRoles.Manager, Team)));
        using var following = new CancellationTokenSource();
        var streamed = new ConcurrentDictionary<string, DateTimeOffset>();
        var stream = Task.Run(async () =>
        {
            try
            {
                await foreach (var e in manager.FollowAlertsAsync(Team, cancellationToken: following.Token))
                {
                    if (e.Kind == AlertEventKind.Raised)
                        streamed.TryAdd(e.Alert.WorkerId, DateTimeOffset.UtcNow);
                }
            }
            catch (OperationCanceledException) when (following.IsCancellationRequested)
            {
                // Measured.
            }
        });

        var overdueAt = DateTimeOffset.UtcNow + Lead;
        Console.WriteLine($"Escalation: {shifts} shifts whose check-ins fall overdue at once, {Lead.TotalSeconds:0} s from now, and reach their second threshold a minute later.");
        var start = overdueAt - Grace;
        var week = OutreachKeys.WeekOf(London.Date(start));
        await Parallel.ForEachAsync(Enumerable.Range(0, shifts), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var worker = api.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For(Team, $"s{i}"));
            await worker.CreateAsync(new WorkerDefinition(
                $"Night worker {i}", "v0", [WorkerSkill.HealthPromotion], ["english"], true, 30,
                [new WeeklyWindow(London.Date(start).DayOfWeek, TimeOnly.MinValue, new TimeOnly(23, 45))], [], TravelMode.Walking));
            await worker.AssignAsync(week, 1,
            [
                new ShiftAssignment($"{week}.v1", start, start.AddHours(4), null,
                    [new AssignedStop("v1", start.AddMinutes(20), start.AddMinutes(60), RotaStopKind.Visit, null, 1, start.AddMinutes(20), 10, StopIds.ForVisit(week, "v1", i + 1))],
                    $"night/{i}", "v0"),
            ]);
        });
        if (DateTimeOffset.UtcNow > overdueAt)
            throw new InvalidOperationException("The shifts took longer to hand out than the lead before they fall due: no delay would be measured from the moment itself.");

        var secondAt = start + Second;
        await WaitAsync(() => streamed.Count >= shifts && Webhook(receiver).Count >= shifts, secondAt + TimeSpan.FromMinutes(3));
        await following.CancelAsync();
        await stream;
        return (new Delays([.. streamed.Values.Select(t => t - overdueAt)], shifts), new Delays([.. Webhook(receiver).Select(t => t - secondAt)], shifts));
    }

    private static List<DateTimeOffset> Webhook(WebhookReceiver receiver) =>
        [.. receiver.Requests.Where(r => r.Json.GetProperty("event").GetString() == "escalated").Select(r => r.At)];

    private static async Task WaitAsync(Func<bool> done, DateTimeOffset until)
    {
        while (!done() && DateTimeOffset.UtcNow < until)
            await Task.Delay(100);
    }

    /// <summary>How long after its moment each of <paramref name="Expected"/> alerts arrived; those that never did count as missing.</summary>
    public sealed record Delays(IReadOnlyList<TimeSpan> Arrived, int Expected)
    {
        public int Missing => Expected - Arrived.Count;

        public double Percentile(double p)
        {
            var sorted = Arrived.Select(d => d.TotalSeconds).Order().ToList();
            return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        }
    }
}
