namespace OutreachRouting.Contracts.Workers;

[GenerateSerializer, Immutable]
public sealed record AssignedStop(string VenueId, DateTimeOffset Arrival, DateTimeOffset Departure);
