namespace OutreachRouting.Contracts.Workers;

/// <summary>A worker's published shifts that overlap a span of time, each marked against what they acknowledged.</summary>
/// <param name="Weeks">Every ISO week the span touches, with its published and acknowledged versions.</param>
/// <param name="Removed">Shifts of the acknowledged versions that the published ones no longer hold.</param>
/// <param name="Withdrawn">Every shift a later publication took away from the worker (what a calendar cancels).</param>
/// <param name="AssignedVenueIds">The venues the worker is assigned to, as <see cref="IWorkerGrain.GetAssignedVenuesAsync"/> answers.</param>
[GenerateSerializer, Immutable, Alias("outreach.WorkerSchedule")]
public sealed record WorkerSchedule(
    [property: Id(0)] string Team, [property: Id(1)] string WorkerId, [property: Id(2)] DateTimeOffset From, [property: Id(3)] DateTimeOffset To,
    [property: Id(4)] IReadOnlyList<RotaWeekStatus> Weeks, [property: Id(5)] IReadOnlyList<ScheduledShift> Shifts,
    [property: Id(6)] IReadOnlyList<ShiftAssignment> Removed, [property: Id(7)] IReadOnlyList<WithdrawnShift> Withdrawn,
    [property: Id(8)] IReadOnlyList<string> AssignedVenueIds);
