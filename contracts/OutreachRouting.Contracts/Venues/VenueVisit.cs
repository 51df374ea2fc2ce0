namespace OutreachRouting.Contracts.Venues;

/// <summary>What a venue learns from one visit: when, by whom, and how many people were reached. Counts only.</summary>
[GenerateSerializer, Immutable]
public sealed record VenueVisit(DateTimeOffset VisitedAt, IReadOnlyList<string> WorkerIds, int Contacts);
