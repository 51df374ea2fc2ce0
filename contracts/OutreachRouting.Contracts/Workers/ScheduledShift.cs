namespace OutreachRouting.Contracts.Workers;

/// <summary>A published shift of the worker's, marked against what they last acknowledged.</summary>
/// <param name="ChangedStopIds">The stops that are new on the shift or start at another time.</param>
/// <param name="RemovedStops">The acknowledged version's stops that the shift no longer holds.</param>
[GenerateSerializer, Immutable, Alias("outreach.ScheduledShift")]
public sealed record ScheduledShift(
    [property: Id(0)] ShiftAssignment Shift, [property: Id(1)] ShiftChange Change,
    [property: Id(2)] IReadOnlyList<string> ChangedStopIds, [property: Id(3)] IReadOnlyList<AssignedStop> RemovedStops);
