namespace OutreachRouting.Contracts.Workers;

/// <summary>What a worker's calendar feed is written from: their published shifts and the ones taken away.</summary>
[GenerateSerializer, Immutable, Alias("outreach.CalendarFeed")]
public sealed record CalendarFeed(
    [property: Id(0)] string Team, [property: Id(1)] string WorkerId, [property: Id(2)] string DisplayName,
    [property: Id(3)] IReadOnlyList<ShiftAssignment> Shifts, [property: Id(4)] IReadOnlyList<WithdrawnShift> Withdrawn);
