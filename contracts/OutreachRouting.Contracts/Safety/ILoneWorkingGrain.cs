using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Contracts.Safety;

/// <summary>
/// A worker's lone-working watch, keyed "team/worker-id": their published shifts' check-ins and check-outs, and a
/// durable reminder at the moment the next one expected becomes overdue.
/// </summary>
[Alias("outreach.ILoneWorkingGrain")]
public interface ILoneWorkingGrain : IGrainWithStringKey
{
    /// <summary>
    /// Watches ISO week <paramref name="week"/>'s shifts of published rota version <paramref name="version"/>, keeping
    /// what was checked on the shifts that stay; a version no newer than the one watched changes nothing.
    /// </summary>
    [Alias("WatchAsync")]
    Task WatchAsync(string week, int version, IReadOnlyList<ShiftAssignment> shifts);

    /// <summary>
    /// Checks in to the shift under way (or starting within the hour), or at one of its stops; late, it closes the
    /// alert the shift's watch raised.
    /// </summary>
    [Alias("CheckInAsync")]
    Task<LoneWorkingStatus> CheckInAsync(CheckIn checkIn);

    /// <summary>Ends the shift under way: nothing more is expected of it.</summary>
    [Alias("CheckOutAsync")]
    Task<LoneWorkingStatus> CheckOutAsync();

    /// <summary>Raises an alarm at once: everyone, the on-call webhook included, until a manager acknowledges it.</summary>
    [Alias("RaiseAlarmAsync")]
    Task<LoneWorkingStatus> RaiseAlarmAsync();

    [Alias("GetStatusAsync")]
    Task<LoneWorkingStatus> GetStatusAsync();
}
