namespace OutreachRouting.Contracts.Workers;

[GenerateSerializer, Immutable, Alias("outreach.ShiftStatus")]
public sealed record ShiftStatus([property: Id(0)] ShiftState State, [property: Id(1)] DateTimeOffset? Since)
{
    public static ShiftStatus OffShift { get; } = new(ShiftState.OffShift, null);
}
