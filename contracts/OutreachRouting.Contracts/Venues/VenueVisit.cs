using OutreachRouting.Contracts.Visits;

namespace OutreachRouting.Contracts.Venues;

/// <summary>What a venue learns from one visit: when, by whom, how it went and how many people were reached. Counts only.</summary>
/// <param name="RecordId">The visit record it comes from: the same record again replaces what the venue learnt from it (a correction) or changes nothing.</param>
[GenerateSerializer, Immutable, Alias("outreach.VenueVisit")]
public sealed record VenueVisit(
    [property: Id(0)] DateTimeOffset VisitedAt, [property: Id(1)] IReadOnlyList<string> WorkerIds, [property: Id(2)] int Contacts,
    [property: Id(3)] VisitOutcome Outcome = VisitOutcome.Visited, [property: Id(4)] string? RecordId = null);
