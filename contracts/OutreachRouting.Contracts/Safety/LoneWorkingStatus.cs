namespace OutreachRouting.Contracts.Safety;

/// <summary>Where the worker is in their shift, as a check-in, check-out or alarm leaves it.</summary>
/// <param name="ShiftId">The shift the check was for; none when no shift of theirs is near.</param>
/// <param name="LastStopId">The last stop they checked in at.</param>
/// <param name="Next">The next check expected of them, if any.</param>
/// <param name="Message">What the phone tells the worker: on time, late (and the alert it closed), or who was told of an alarm.</param>
/// <param name="ClosedAlertIds">Alerts the check closed.</param>
[GenerateSerializer, Immutable, Alias("outreach.LoneWorkingStatus")]
public sealed record LoneWorkingStatus(
    [property: Id(0)] string WorkerId, [property: Id(1)] string? ShiftId, [property: Id(2)] ShiftState State,
    [property: Id(3)] DateTimeOffset? CheckedInAt, [property: Id(4)] DateTimeOffset? CheckedOutAt, [property: Id(5)] string? LastStopId,
    [property: Id(6)] ExpectedCheck? Next, [property: Id(7)] string Message, [property: Id(8)] IReadOnlyList<string> ClosedAlertIds,
    [property: Id(9)] string? AlarmAlertId = null);
