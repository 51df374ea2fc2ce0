namespace OutreachRouting.Contracts.Safety;

public enum AlertEventKind
{
    Raised,
    Escalated,
    Acknowledged,
    Resolved,

    /// <summary>Not a change: an open alert as it stands, sent first to a stream that starts without a Last-Event-ID.</summary>
    Open,
}
