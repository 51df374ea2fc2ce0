using OutreachRouting.Contracts.Rotas;

namespace OutreachRouting.Contracts.Schedules;

/// <summary>A stop of a shift: a venue visit, a fixed session or a break.</summary>
/// <param name="StopId">What a check-in or a visit record names this stop by; none for a break.</param>
/// <param name="TravelMinutes">The leg from the place before.</param>
/// <param name="Start">When the work there begins (after any wait from <paramref name="Arrival"/>).</param>
/// <param name="Changed">New on the shift or moved in time since the acknowledged version.</param>
/// <param name="Venue">Where it happens; none for a break.</param>
/// <param name="Session">The fixed session held there, for a session stop.</param>
[GenerateSerializer, Immutable, Alias("outreach.ScheduleStop")]
public sealed record ScheduleStop(
    [property: Id(0)] string? StopId, [property: Id(1)] RotaStopKind Kind, [property: Id(2)] double TravelMinutes,
    [property: Id(3)] DateTimeOffset Arrival, [property: Id(4)] DateTimeOffset Start, [property: Id(5)] DateTimeOffset Departure,
    [property: Id(6)] bool Changed, [property: Id(7)] StopVenue? Venue, [property: Id(8)] StopSession? Session);
