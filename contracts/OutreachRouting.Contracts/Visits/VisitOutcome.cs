namespace OutreachRouting.Contracts.Visits;

/// <summary>How a stop went. Only <see cref="Visited"/> counts as a visit for the venue's interval and continuity.</summary>
public enum VisitOutcome
{
    Visited,
    NobodyThere,
    VenueClosed,
    UnsafeToStay,
}
