using System.Text.Json;
using OutreachRouting.Api.Identity;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Safety;
using OutreachRouting.Client;
using OutreachRouting.TestSupport.Webhooks;

namespace OutreachRouting.Tests.Safety;

/// <summary>
/// An API on a clock the tests may move forward, and a webhook receiver. Each test has a team of its own, so that
/// its alerts and settings are its own; shifts are given to workers as a published rota delivers them.
/// </summary>
public sealed class SafetyFixture : IAsyncLifetime
{
    public const string Secret = "a-webhook-secret-of-at-least-32-characters";
    private static int teams;

    public ShiftedClock Clock { get; } = new();

    public ApiServer Server { get; private set; } = null!;

    public WebhookReceiver Webhook { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (TestDatabase.ServerConnectionString is null)
            return;
        Server = await ApiServer.StartAsync(time: Clock);
        Webhook = await WebhookReceiver.StartAsync();
    }

    /// <summary>A new team with these workers, its settings the shortest the rules allow (grace 5, second 6, repeat 5), and the webhook set.</summary>
    public async Task<string> TeamAsync(params string[] workers)
    {
        var team = $"safety-{Interlocked.Increment(ref teams)}";
        foreach (var id in workers)
            await Server.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For(team, id)).CreateAsync(Samples.Worker(id) with { BaseVenueId = "clinic" });
        await Manager(team).UpdateSafetySettingsAsync(team, new SafetySettings(5, 6, 5, Webhook.Url, Secret));
        return team;
    }

    public OutreachClient Manager(string team) => new(Server.Client(OutreachRoles.Manager, team));

    public OutreachClient Worker(string team, string id) => new(Server.WorkerClient(team, id));

    /// <summary>A shift from <paramref name="start"/> with a stop every <paramref name="stopEvery"/> (the first at the start), as the rota's delivery gives it.</summary>
    public static ShiftAssignment Shift(DateTimeOffset start, TimeSpan length, string? partner = null, int stops = 2, TimeSpan? stopEvery = null)
    {
        var week = OutreachKeys.WeekOf(London.Date(start));
        var every = stopEvery ?? TimeSpan.FromMinutes(30);
        return new ShiftAssignment(
            RotaVersions.Of(week, 1), start, start + length, partner,
            [.. Enumerable.Range(0, stops).Select(i => new AssignedStop(
                $"bar-{i + 1}", start + (every * i), start + (every * i) + TimeSpan.FromMinutes(20), RotaStopKind.Visit,
                Start: start + (every * i), StopId: $"{week}.bar-{i + 1}.{start.UtcTicks}"))],
            ShiftId: $"s{start.UtcTicks}", BaseVenueId: "clinic");
    }

    /// <summary>Publishes the shifts to the worker as version <paramref name="version"/> of their week.</summary>
    public Task GiveAsync(string team, string worker, int version, params ShiftAssignment[] shifts)
    {
        var week = RotaVersions.Week(shifts[0].RotaVersion);
        return Server.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For(team, worker))
            .AssignAsync(week, version, [.. shifts.Select(s => s with { RotaVersion = RotaVersions.Of(week, version) })]);
    }

    public async Task CheckedInAsync(string team, string worker) =>
        Assert.Equal(ShiftState.CheckedIn, (await Worker(team, worker).CheckInAsync(team)).State);

    /// <summary>Waits (at most <paramref name="seconds"/>) until <paramref name="done"/> holds of the team's alerts, and answers them.</summary>
    public async Task<IReadOnlyList<Alert>> WaitForAlertsAsync(string team, Func<IReadOnlyList<Alert>, bool> done, int seconds = 30)
    {
        var manager = Manager(team);
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var alerts = await manager.ListAlertsAsync(team);
            if (done(alerts))
                return alerts;
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"The alerts of {team} did not come to pass in {seconds} s: {JsonSerializer.Serialize(alerts, OutreachJson.Options)}");
            await Task.Delay(200);
        }
    }

    /// <summary>The webhook requests about <paramref name="team"/>'s alerts.</summary>
    public IReadOnlyList<WebhookReceiver.Received> WebhookOf(string team) =>
        [.. Webhook.Requests.Where(r => r.Json.GetProperty("team").GetString() == team)];

    public async Task DisposeAsync()
    {
        if (Webhook is not null)
            await Webhook.DisposeAsync();
        if (Server is not null)
            await Server.DisposeAsync();
    }
}
