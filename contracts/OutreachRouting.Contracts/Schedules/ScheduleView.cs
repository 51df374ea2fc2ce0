using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Contracts.Schedules;

/// <summary>
/// What a worker's phone shows for a day or a week (GET /me/today, /me/week): their published shifts in order, each
/// stop with what they need there, and what changed since they last acknowledged each week's rota.
/// </summary>
/// <param name="Acknowledged">True when every week shown is acknowledged in its newest version (or has no rota).</param>
/// <param name="Removed">Shifts the worker acknowledged that the newest versions no longer give them.</param>
[GenerateSerializer, Immutable, Alias("outreach.ScheduleView")]
public sealed record ScheduleView(
    [property: Id(0)] string Team, [property: Id(1)] string WorkerId, [property: Id(2)] DateTimeOffset From, [property: Id(3)] DateTimeOffset To,
    [property: Id(4)] IReadOnlyList<RotaWeekStatus> Weeks, [property: Id(5)] bool Acknowledged,
    [property: Id(6)] IReadOnlyList<ScheduleShift> Shifts, [property: Id(7)] IReadOnlyList<ScheduleShift> Removed);
