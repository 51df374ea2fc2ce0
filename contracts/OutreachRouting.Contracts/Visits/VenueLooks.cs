namespace OutreachRouting.Contracts.Visits;

/// <summary>What the worker saw of the venue itself; anything but <see cref="AsExpected"/> goes to the managers' queue.</summary>
public enum VenueLooks
{
    AsExpected,
    Closed,
    Moved,
}
