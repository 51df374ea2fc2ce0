using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Contracts.Schedules;

/// <summary>One shift as the worker sees it: from its base, through its stops in visiting order, back.</summary>
/// <param name="Partner">The other worker of a pair shift.</param>
/// <param name="ReturnTravelMinutes">The last leg, from the last stop to where the shift ends.</param>
/// <param name="RemovedStops">Stops the acknowledged version had on this shift and this one has not.</param>
[GenerateSerializer, Immutable, Alias("outreach.ScheduleShift")]
public sealed record ScheduleShift(
    [property: Id(0)] string ShiftId, [property: Id(1)] string RotaVersion, [property: Id(2)] DateTimeOffset Start, [property: Id(3)] DateTimeOffset End,
    [property: Id(4)] ShiftChange Change, [property: Id(5)] ShiftPartner? Partner, [property: Id(6)] StopVenue? Base,
    [property: Id(7)] TravelMode TravelMode, [property: Id(8)] double ReturnTravelMinutes,
    [property: Id(9)] IReadOnlyList<ScheduleStop> Stops, [property: Id(10)] IReadOnlyList<ScheduleStop> RemovedStops);
