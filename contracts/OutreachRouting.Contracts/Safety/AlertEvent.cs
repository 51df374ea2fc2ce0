namespace OutreachRouting.Contracts.Safety;

/// <summary>Something that happened to an alert, numbered in the team's order (the number is the stream's event id).</summary>
[GenerateSerializer, Immutable, Alias("outreach.AlertEvent")]
public sealed record AlertEvent([property: Id(0)] long Sequence, [property: Id(1)] DateTimeOffset At, [property: Id(2)] AlertEventKind Kind, [property: Id(3)] Alert Alert);
