namespace OutreachRouting.Contracts.Workers;

[GenerateSerializer, Immutable, Alias("outreach.AssignedStop")]
public sealed record AssignedStop([property: Id(0)] string VenueId, [property: Id(1)] DateTimeOffset Arrival, [property: Id(2)] DateTimeOffset Departure);
