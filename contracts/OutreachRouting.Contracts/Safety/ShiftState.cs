namespace OutreachRouting.Contracts.Safety;

/// <summary>Lone-working safety: where a worker is in their shift.</summary>
public enum ShiftState
{
    /// <summary>No shift of theirs is under way, or it has not been checked into.</summary>
    OffShift,
    CheckedIn,
    CheckedOut,
}
