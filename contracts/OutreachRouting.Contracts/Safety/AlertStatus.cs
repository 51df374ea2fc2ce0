namespace OutreachRouting.Contracts.Safety;

public enum AlertStatus
{
    /// <summary>Escalating until a manager acknowledges it.</summary>
    Open,

    /// <summary>A manager has taken it on: escalation stopped.</summary>
    Acknowledged,

    /// <summary>The worker was heard from (a late check-in or check-out) before a manager acknowledged it.</summary>
    Resolved,
}
