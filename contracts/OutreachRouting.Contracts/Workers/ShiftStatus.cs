namespace OutreachRouting.Contracts.Workers;

[GenerateSerializer, Immutable]
public sealed record ShiftStatus(ShiftState State, DateTimeOffset? Since)
{
    public static ShiftStatus OffShift { get; } = new(ShiftState.OffShift, null);
}
