namespace OutreachRouting.Contracts.Safety;

/// <summary>One alert event sent to the on-call webhook, with every attempt's outcome so far.</summary>
/// <param name="Id">Sent as the Outreach-Delivery header: the same on every retry, so the receiver can drop repeats.</param>
[GenerateSerializer, Immutable, Alias("outreach.WebhookDelivery")]
public sealed record WebhookDelivery(
    [property: Id(0)] string Id, [property: Id(1)] string AlertId, [property: Id(2)] long EventSequence, [property: Id(3)] AlertEventKind Event,
    [property: Id(4)] string Url, [property: Id(5)] WebhookDeliveryStatus Status, [property: Id(6)] int Attempts,
    [property: Id(7)] DateTimeOffset CreatedAt, [property: Id(8)] DateTimeOffset? LastAttemptAt = null, [property: Id(9)] DateTimeOffset? NextAttemptAt = null,
    [property: Id(10)] string? LastError = null, [property: Id(11)] DateTimeOffset? DeliveredAt = null);
