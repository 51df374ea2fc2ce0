namespace OutreachRouting.Contracts.Sessions;

public enum SessionKind
{
    /// <summary>The team's own walk-in clinic.</summary>
    WalkInClinic,

    /// <summary>A partner's session the team staffs, such as the Find and Treat van.</summary>
    PartnerSession,
    Other,
}
