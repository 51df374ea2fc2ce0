namespace OutreachRouting.Contracts.Visits;

/// <summary>A stored visit record, in one of its versions: a manager's correction is a new version, the old one kept.</summary>
/// <param name="VisitedAt">When the stop's work began, as published.</param>
/// <param name="WorkerIds">The one or two workers of the shift.</param>
/// <param name="Late">Recorded after the shift had ended (from notes, or once back online).</param>
/// <param name="RecordedBy">The worker who recorded it, or for a correction the manager.</param>
[GenerateSerializer, Immutable, Alias("outreach.VisitRecord")]
public sealed record VisitRecord(
    [property: Id(0)] string Id, [property: Id(1)] int Version, [property: Id(2)] string Team, [property: Id(3)] string VenueId,
    [property: Id(4)] DateTimeOffset VisitedAt, [property: Id(5)] IReadOnlyList<string> WorkerIds, [property: Id(6)] VisitReport Report,
    [property: Id(7)] string RecordedBy, [property: Id(8)] DateTimeOffset RecordedAt, [property: Id(9)] bool Late);
