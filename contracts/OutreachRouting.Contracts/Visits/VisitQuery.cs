namespace OutreachRouting.Contracts.Visits;

/// <summary>Visit records of a team, newest first; each record in its current version.</summary>
[GenerateSerializer, Immutable, Alias("outreach.VisitQuery")]
public sealed record VisitQuery(
    [property: Id(0)] string? VenueId = null, [property: Id(1)] DateTimeOffset? From = null, [property: Id(2)] DateTimeOffset? To = null,
    [property: Id(3)] int Skip = 0, [property: Id(4)] int Take = 100);
