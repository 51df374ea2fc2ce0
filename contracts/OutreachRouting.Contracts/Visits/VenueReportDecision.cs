namespace OutreachRouting.Contracts.Visits;

/// <summary>
/// A manager's answer to a report. Confirming a closure closes the venue. Confirming a move either sends the venue's
/// people to <paramref name="MovedTo"/> (another venue: this one is marked moved) or, without it, puts the venue at
/// the reported position.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.VenueReportDecision")]
public sealed record VenueReportDecision([property: Id(0)] bool Confirm, [property: Id(1)] string? MovedTo = null);
