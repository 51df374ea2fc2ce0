using OutreachRouting.Contracts.Safety;

namespace OutreachRouting.Grains.Safety;

public sealed class TeamSafetyState : IWakeUpState
{
    public const string StateName = "team-safety";

    /// <summary>As the manager set them, the webhook's secret included.</summary>
    public SafetySettings Settings { get; set; } = new();

    public int SettingsVersion { get; set; }

    public string? SettingsUpdatedBy { get; set; }

    public DateTimeOffset? SettingsUpdatedAt { get; set; }

    public int LastAlertNumber { get; set; }

    public long LastSequence { get; set; }

    /// <summary>Open alerts and the history kept, oldest first.</summary>
    public List<Alert> Alerts { get; set; } = [];

    /// <summary>Webhook deliveries, oldest first: the pending ones with the body they sign, the rest as a record.</summary>
    public List<PendingDelivery> Deliveries { get; set; } = [];

    /// <summary>When the reminder is set for; none when none is set.</summary>
    public DateTimeOffset? ReminderAt { get; set; }
}

public sealed class PendingDelivery
{
    public WebhookDelivery Delivery { get; set; } = null!;

    /// <summary>The exact body, so that every retry sends (and signs) the same bytes; dropped once it is delivered or given up.</summary>
    public byte[]? Body { get; set; }
}
