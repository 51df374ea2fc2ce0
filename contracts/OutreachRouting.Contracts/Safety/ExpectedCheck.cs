namespace OutreachRouting.Contracts.Safety;

/// <summary>The check the worker's watch waits for next, and when it raises an alert without it.</summary>
[GenerateSerializer, Immutable, Alias("outreach.ExpectedCheck")]
public sealed record ExpectedCheck(
    [property: Id(0)] string ShiftId, [property: Id(1)] AlertKind Kind, [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] DateTimeOffset AlertAt, [property: Id(4)] string? StopId = null);
