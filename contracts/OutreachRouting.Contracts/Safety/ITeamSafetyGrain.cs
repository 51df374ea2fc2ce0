namespace OutreachRouting.Contracts.Safety;

/// <summary>
/// A team's lone-working alerts, keyed by team: raised by its workers' watches, escalated on a durable reminder
/// until a manager acknowledges, streamed to observers and sent, signed, to the on-call webhook.
/// </summary>
[Alias("outreach.ITeamSafetyGrain")]
public interface ITeamSafetyGrain : IGrainWithStringKey
{
    [Alias("GetSettingsAsync")]
    Task<TeamSafetySettings> GetSettingsAsync();

    /// <param name="expectedVersion">The version the change was made on; null, no precondition.</param>
    [Alias("UpdateSettingsAsync")]
    Task<TeamSafetySettings> UpdateSettingsAsync(SafetySettings settings, int? expectedVersion, string manager);

    /// <summary>
    /// Raises an alert for <paramref name="overdue"/>, or adds it to the open alert of the same shift; the same
    /// report twice changes nothing. Answers the alert.
    /// </summary>
    [Alias("RaiseAsync")]
    Task<Alert> RaiseAsync(Overdue overdue);

    /// <summary>The worker was heard from on the shift: its open alerts (but an alarm) close with <paramref name="outcome"/>. Answers those closed.</summary>
    [Alias("ResolveAsync")]
    Task<IReadOnlyList<Alert>> ResolveAsync(string workerId, string shiftId, string outcome);

    /// <summary>A manager takes the alert on: escalation stops. Acknowledging a closed alert changes nothing.</summary>
    [Alias("AcknowledgeAsync")]
    Task<Alert> AcknowledgeAsync(string alertId, string manager);

    /// <summary>The team's alerts, newest first: the open ones alone, or with the history kept.</summary>
    [Alias("ListAsync")]
    Task<IReadOnlyList<Alert>> ListAsync(bool openOnly);

    [Alias("GetAsync")]
    Task<Alert> GetAsync(string alertId);

    /// <summary>
    /// What a stream starts with: the events after <paramref name="afterSequence"/> when they are all still held;
    /// else (or with none named) each open alert as an <see cref="AlertEventKind.Open"/> event.
    /// </summary>
    [Alias("GetStreamStartAsync")]
    Task<IReadOnlyList<AlertEvent>> GetStreamStartAsync(long? afterSequence);

    /// <summary>The newest webhook deliveries, failed ones included.</summary>
    [Alias("GetDeliveriesAsync")]
    Task<IReadOnlyList<WebhookDelivery>> GetDeliveriesAsync();

    /// <summary>Starts (or renews) sending events to <paramref name="observer"/>; a subscription not renewed within two minutes lapses.</summary>
    [Alias("SubscribeAsync")]
    Task SubscribeAsync(IAlertObserver observer);

    [Alias("UnsubscribeAsync")]
    Task UnsubscribeAsync(IAlertObserver observer);

    /// <summary>The outcome of an attempt to send delivery <paramref name="deliveryId"/>: null error for a 2xx.</summary>
    [Alias("ReportDeliveryAsync")]
    Task ReportDeliveryAsync(string deliveryId, int attempt, string? error);
}
