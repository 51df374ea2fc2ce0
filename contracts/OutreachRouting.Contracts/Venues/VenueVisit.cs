namespace OutreachRouting.Contracts.Venues;

/// <summary>What a venue learns from one visit: when, by whom, and how many people were reached. Counts only.</summary>
[GenerateSerializer, Immutable, Alias("outreach.VenueVisit")]
public sealed record VenueVisit([property: Id(0)] DateTimeOffset VisitedAt, [property: Id(1)] IReadOnlyList<string> WorkerIds, [property: Id(2)] int Contacts);
