namespace OutreachRouting.Contracts.Schedules;

/// <summary>A worker's calendar subscription link (GET /me/calendar): secret, so it is shown only to them.</summary>
/// <param name="Url">The feed to subscribe to; null when revoked (rotate for a new one).</param>
/// <param name="Generation">Which link this is: every rotation makes the next, and the one before stops working.</param>
[GenerateSerializer, Immutable, Alias("outreach.CalendarLink")]
public sealed record CalendarLink([property: Id(0)] string? Url, [property: Id(1)] bool Active, [property: Id(2)] int Generation, [property: Id(3)] DateTimeOffset? Since);
