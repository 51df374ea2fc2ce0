using System.Text.Json;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using OutreachRouting.Contracts.Safety;
using OutreachRouting.Json;

namespace OutreachRouting.Grains.Safety;

/// <summary>
/// A team's alerts. An alert is told first to the pair partner and the managers; at the second threshold to all of
/// them and the on-call webhook; then again every repeat interval until a manager acknowledges. The grain wakes
/// (see <see cref="WakeUp{TState}"/>) at the next moment anything is due: an escalation or a webhook retry.
/// </summary>
public sealed partial class TeamSafetyGrain(
    [PersistentState(TeamSafetyState.StateName, OutreachStorage.Name)] IPersistentState<TeamSafetyState> state,
    TimeProvider time,
    ILogger<TeamSafetyGrain> logger) : Grain, ITeamSafetyGrain, IRemindable
{
    public const string ReminderName = "alert-escalation";
    public const int MaxAttempts = 8;

    private static readonly TimeSpan[] Backoff =
        [TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10)];

    /// <summary>Closed alerts are kept this long, and at most <see cref="KeptClosed"/> of them.</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(90);
    private const int KeptClosed = 1000;
    private const int KeptDeliveries = 500;
    private const int KeptEvents = 2000;

    private readonly ObserverManager<IAlertObserver> observers = new(TimeSpan.FromMinutes(2), logger);
    private readonly List<AlertEvent> events = [];
    private readonly HashSet<string> sending = new(StringComparer.Ordinal);
    private WakeUp<TeamSafetyState>? wakeUp;
    private long issued;

    private string Team => this.GetPrimaryKeyString();

    private TeamSafetyState State => state.State;

    private WakeUp<TeamSafetyState> WakeUp => wakeUp ??= new(this, state, ReminderName, TickAsync, time);

    private TimeSpan Repeat => TimeSpan.FromMinutes(State.Settings.RepeatMinutes);

    public Task<TeamSafetySettings> GetSettingsAsync() => Task.FromResult(Settings());

    public async Task<TeamSafetySettings> UpdateSettingsAsync(SafetySettings settings, int? expectedVersion, string manager)
    {
        if (expectedVersion is { } expected && expected != State.SettingsVersion)
            throw new VersionConflictException(expected, State.SettingsVersion);
        var sameUrl = settings.WebhookUrl is not null && settings.WebhookUrl == State.Settings.WebhookUrl;
        SafetyRules.Validate(settings, secretHeld: sameUrl && State.Settings.WebhookSecret is not null);
        if (sameUrl && settings.WebhookSecret is null)
            settings = settings with { WebhookSecret = State.Settings.WebhookSecret };
        var now = time.GetUtcNow();
        await state.PersistAsync(s =>
        {
            s.Settings = settings;
            s.SettingsVersion++;
            s.SettingsUpdatedBy = manager;
            s.SettingsUpdatedAt = now;
        });
        return Settings();
    }

    public async Task<Alert> RaiseAsync(Overdue overdue)
    {
        if (State.Alerts.FirstOrDefault(a => a.WorkerId == overdue.WorkerId && a.Checks.Contains(overdue)) is { } known)
            return known;
        var now = time.GetUtcNow();
        var joined = overdue.Kind == AlertKind.Alarm ? null : State.Alerts.LastOrDefault(a =>
            a is { Status: AlertStatus.Open } && a.Kind != AlertKind.Alarm && a.WorkerId == overdue.WorkerId && a.ShiftId == overdue.ShiftId);
        Alert alert;
        AlertEventKind kind;
        if (joined is not null)
        {
            // Another check missed on a shift already in alert: worse news, so everyone hears of it now.
            alert = Escalated(joined with { Checks = [.. joined.Checks, overdue] }, now);
            kind = AlertEventKind.Escalated;
        }
        else
        {
            var first = overdue.Kind == AlertKind.Alarm ? Everyone(overdue.PartnerWorkerId) : FirstRound(overdue.PartnerWorkerId);
            alert = new Alert(
                (State.LastAlertNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Team, overdue.WorkerId, overdue.PartnerWorkerId,
                overdue.ShiftId, overdue.Kind, [overdue], now, AlertStatus.Open, [new Escalation(now, 1, first)],
                overdue.Kind == AlertKind.Alarm ? now + Repeat : Later(overdue.ExpectedAt + TimeSpan.FromMinutes(State.Settings.SecondThresholdMinutes), now));
            kind = AlertEventKind.Raised;
        }

        var change = Event(alert, kind, now);
        await state.PersistAsync(s =>
        {
            if (joined is null)
                s.LastAlertNumber++;
            Store(s, change);
        });
        LogRaised(logger, Team, alert.Id, alert.Kind, alert.WorkerId);
        await AfterAsync([change]);
        return alert;
    }

    public async Task<IReadOnlyList<Alert>> ResolveAsync(string workerId, string shiftId, string outcome)
    {
        var now = time.GetUtcNow();
        var changes = State.Alerts
            .Where(a => a is { Status: AlertStatus.Open } && a.Kind != AlertKind.Alarm && a.WorkerId == workerId && a.ShiftId == shiftId)
            .Select(a => Event(a with { Status = AlertStatus.Resolved, ClosedAt = now, ClosedBy = workerId, Outcome = outcome, NextEscalationAt = null }, AlertEventKind.Resolved, now))
            .ToList();
        if (changes.Count == 0)
            return [];
        await state.PersistAsync(s => changes.ForEach(c => Store(s, c)));
        await AfterAsync(changes);
        return [.. changes.Select(c => c.Alert)];
    }

    public async Task<Alert> AcknowledgeAsync(string alertId, string manager)
    {
        var alert = Find(alertId);
        if (alert.Status != AlertStatus.Open)
            return alert;
        var now = time.GetUtcNow();
        var change = Event(
            alert with { Status = AlertStatus.Acknowledged, ClosedAt = now, ClosedBy = manager, Outcome = $"Acknowledged by {manager} at {London.Show(now)}.", NextEscalationAt = null },
            AlertEventKind.Acknowledged, now);
        await state.PersistAsync(s => Store(s, change));
        await AfterAsync([change]);
        return change.Alert;
    }

    public Task<IReadOnlyList<Alert>> ListAsync(bool openOnly) =>
        Task.FromResult<IReadOnlyList<Alert>>([.. State.Alerts.Where(a => !openOnly || a.Status == AlertStatus.Open).Reverse()]);

    public Task<Alert> GetAsync(string alertId) => Task.FromResult(Find(alertId));

    public Task<IReadOnlyList<AlertEvent>> GetStreamStartAsync(long? afterSequence)
    {
        if (afterSequence is { } after && (after >= State.LastSequence || (events.Count > 0 && events[0].Sequence <= after + 1)))
            return Task.FromResult<IReadOnlyList<AlertEvent>>([.. events.Where(e => e.Sequence > after)]);
        var now = time.GetUtcNow();
        return Task.FromResult<IReadOnlyList<AlertEvent>>(
            [.. State.Alerts.Where(a => a.Status == AlertStatus.Open).Select(a => new AlertEvent(State.LastSequence, now, AlertEventKind.Open, a))]);
    }

    public Task<IReadOnlyList<WebhookDelivery>> GetDeliveriesAsync() =>
        Task.FromResult<IReadOnlyList<WebhookDelivery>>([.. State.Deliveries.Select(d => d.Delivery).Reverse()]);

    public Task SubscribeAsync(IAlertObserver observer)
    {
        observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IAlertObserver observer)
    {
        observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public async Task ReportDeliveryAsync(string deliveryId, int attempt, string? error)
    {
        sending.Remove(deliveryId);
        var pending = State.Deliveries.FirstOrDefault(d => d.Delivery.Id == deliveryId);
        if (pending is null || pending.Delivery.Attempts != attempt || pending.Delivery.Status != WebhookDeliveryStatus.Pending)
            return;
        var now = time.GetUtcNow();
        var delivery = pending.Delivery;
        await state.PersistAsync(_ =>
        {
            (pending.Delivery, pending.Body) = error is null
                ? (delivery with { Status = WebhookDeliveryStatus.Delivered, DeliveredAt = now, NextAttemptAt = null, LastError = null }, null)
                : attempt >= MaxAttempts
                    ? (delivery with { Status = WebhookDeliveryStatus.Failed, NextAttemptAt = null, LastError = error }, null)
                    : (delivery with { LastError = error }, pending.Body);
        });
        if (error is not null)
            LogDeliveryFailed(logger, Team, deliveryId, attempt, error);
        await ScheduleAsync();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => TickAsync();

    /// <summary>Escalates every alert whose time has come and sends every delivery due.</summary>
    private async Task TickAsync()
    {
        var now = time.GetUtcNow();
        var changes = State.Alerts
            .Where(a => a is { Status: AlertStatus.Open, NextEscalationAt: { } at } && at <= now)
            .Select(a => Event(Escalated(a, now), AlertEventKind.Escalated, now))
            .ToList();
        if (changes.Count > 0)
            await state.PersistAsync(s => changes.ForEach(c => Store(s, c)));
        await AfterAsync(changes);
    }

    /// <summary>Tells the observers, queues and sends the webhook's deliveries, and sets the next wake-up.</summary>
    private async Task AfterAsync(IReadOnlyList<AlertEvent> changes)
    {
        foreach (var change in changes)
        {
            events.Add(change);
            await observers.Notify(o => o.OnAlertAsync(change));
        }

        if (events.Count > KeptEvents)
            events.RemoveRange(0, events.Count - KeptEvents);

        var now = time.GetUtcNow();
        var webhook = changes.Where(ReachesWebhook).Select(c => Delivery(c, now)).ToList();
        if (webhook.Count > 0)
        {
            await state.PersistAsync(s =>
            {
                s.Deliveries.AddRange(webhook);
                var done = s.Deliveries.Where(d => d.Delivery.Status != WebhookDeliveryStatus.Pending).Take(s.Deliveries.Count - KeptDeliveries).ToHashSet();
                s.Deliveries.RemoveAll(done.Contains);
            });
        }

        await SendDueAsync(now);
        await ScheduleAsync();
    }

    private async Task SendDueAsync(DateTimeOffset now)
    {
        var due = State.Deliveries
            .Where(d => d.Delivery is { Status: WebhookDeliveryStatus.Pending, NextAttemptAt: { } at } && at <= now && !sending.Contains(d.Delivery.Id))
            .ToList();
        if (due.Count == 0)
            return;

        // The next attempt is set before this one is made, so that one lost with its silo is made again.
        await state.PersistAsync(_ => due.ForEach(d => d.Delivery = d.Delivery with
        {
            Attempts = d.Delivery.Attempts + 1,
            LastAttemptAt = now,
            NextAttemptAt = now + Backoff[Math.Min(d.Delivery.Attempts, Backoff.Length - 1)],
        }));
        var secret = State.Settings.WebhookSecret;
        foreach (var d in due)
        {
            sending.Add(d.Delivery.Id);
            if (secret is null)
                await ReportDeliveryAsync(d.Delivery.Id, d.Delivery.Attempts, "the team's webhook has no secret set");
            else
                await GrainFactory.GetGrain<IWebhookSenderGrain>(Team).SendAsync(d.Delivery.Id, d.Delivery.Attempts, d.Delivery.Url, secret, d.Body!);
        }
    }

    private Task ScheduleAsync() =>
        WakeUp.SetAsync(State.Alerts.Select(a => a.NextEscalationAt)
            .Concat(State.Deliveries.Where(d => d.Delivery.Status == WebhookDeliveryStatus.Pending).Select(d => d.Delivery.NextAttemptAt))
            .Where(t => t is not null).Min());


    /// <summary>The alert told once more, everyone this time, again after the repeat interval.</summary>
    private Alert Escalated(Alert alert, DateTimeOffset now) => alert with
    {
        Escalations = [.. alert.Escalations, new Escalation(now, alert.Level() + 1, Everyone(alert.PartnerWorkerId))],
        NextEscalationAt = now + Repeat,
    };

    private IReadOnlyList<string> Everyone(string? partner) =>
        State.Settings.WebhookUrl is null ? FirstRound(partner) : [.. FirstRound(partner), Escalation.Webhook];

    private static IReadOnlyList<string> FirstRound(string? partner) =>
        partner is null ? [Escalation.Managers] : [Escalation.Worker(partner), Escalation.Managers];

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>What the webhook hears: every round that names it, and the closing of an alert it heard of.</summary>
    private static bool ReachesWebhook(AlertEvent e) =>
        e.Kind is AlertEventKind.Raised or AlertEventKind.Escalated
            ? e.Alert.Escalations[^1].Recipients.Contains(Escalation.Webhook)
            : e.Alert.Escalations.Any(x => x.Recipients.Contains(Escalation.Webhook));

    /// <summary>The event of a change, numbered after every one before it (a write that failed leaves a gap, no repeat).</summary>
    private AlertEvent Event(Alert alert, AlertEventKind kind, DateTimeOffset now)
    {
        issued = Math.Max(issued, State.LastSequence) + 1;
        return new AlertEvent(issued, now, kind, alert);
    }

    private static void Store(TeamSafetyState s, AlertEvent change)
    {
        var alert = change.Alert;
        s.LastSequence = Math.Max(s.LastSequence, change.Sequence);
        var at = s.Alerts.FindIndex(a => a.Id == alert.Id);
        if (at >= 0)
            s.Alerts[at] = alert;
        else
            s.Alerts.Add(alert);

        var since = change.At - KeptFor;
        s.Alerts.RemoveAll(a => a.Status != AlertStatus.Open && a.ClosedAt < since);
        var closed = s.Alerts.Where(a => a.Status != AlertStatus.Open).ToList();
        if (closed.Count > KeptClosed)
            s.Alerts.RemoveAll(closed.Take(closed.Count - KeptClosed).ToHashSet().Contains);
    }

    private PendingDelivery Delivery(AlertEvent e, DateTimeOffset now)
    {
        var id = $"{Team}-{e.Sequence}";
        var alert = e.Alert;
        var check = alert.Checks[^1];
        var message = new WebhookMessage(
            id, e.Kind, now, Team, alert.Id, alert.Kind, alert.Status, alert.Level(), alert.WorkerId, alert.PartnerWorkerId, alert.ShiftId,
            check.ExpectedAt, alert.RaisedAt, alert.Outcome, $"/teams/{Team}/alerts/{alert.Id}", AlertText.Of(e));
        return new PendingDelivery
        {
            Delivery = new WebhookDelivery(id, alert.Id, e.Sequence, e.Kind, State.Settings.WebhookUrl!, WebhookDeliveryStatus.Pending, 0, now, NextAttemptAt: now),
            Body = JsonSerializer.SerializeToUtf8Bytes(message, OutreachJson.Options),
        };
    }

    private Alert Find(string alertId) =>
        State.Alerts.FirstOrDefault(a => a.Id == alertId) ?? throw new NotFoundException($"There is no alert {alertId} in team {Team}.");

    private TeamSafetySettings Settings()
    {
        var s = State.Settings;
        return new TeamSafetySettings(Team, s.GraceMinutes, s.SecondThresholdMinutes, s.RepeatMinutes, s.WebhookUrl, s.WebhookSecret is not null,
            State.SettingsVersion, State.SettingsUpdatedBy, State.SettingsUpdatedAt);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Team {Team}: alert {AlertId} raised, {Kind} of worker {WorkerId}")]
    private static partial void LogRaised(ILogger logger, string team, string alertId, AlertKind kind, string workerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Team {Team}: webhook delivery {DeliveryId} attempt {Attempt} failed: {Error}")]
    private static partial void LogDeliveryFailed(ILogger logger, string team, string deliveryId, int attempt, string error);
}
