namespace OutreachRouting.Contracts.Workers;

/// <summary>Lone-working safety: where a worker is in their shift.</summary>
public enum ShiftState
{
    OffShift,
    CheckedIn,
    CheckedOut,
}
