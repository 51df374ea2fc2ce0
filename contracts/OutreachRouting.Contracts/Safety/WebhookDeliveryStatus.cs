namespace OutreachRouting.Contracts.Safety;

public enum WebhookDeliveryStatus
{
    /// <summary>Not yet answered with a 2xx: tried again with back-off.</summary>
    Pending,
    Delivered,

    /// <summary>Every attempt failed; the last error says why.</summary>
    Failed,
}
