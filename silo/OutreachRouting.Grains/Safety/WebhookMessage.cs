using OutreachRouting.Contracts.Safety;

namespace OutreachRouting.Grains.Safety;

/// <summary>
/// The on-call webhook's body: who, which shift, what is overdue and how far it has gone, and where to read the
/// rest. No place: a pager or chat service is not a role that may see a restricted venue, so the on-call manager
/// opens the alert in the app.
/// </summary>
public sealed record WebhookMessage(
    string Delivery, AlertEventKind Event, DateTimeOffset SentAt, string Team, string AlertId, AlertKind Kind, AlertStatus Status,
    int Level, string WorkerId, string? PartnerWorkerId, string? ShiftId, DateTimeOffset ExpectedAt, DateTimeOffset RaisedAt,
    string? Outcome, string Path, string Text);
