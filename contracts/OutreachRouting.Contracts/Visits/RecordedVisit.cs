namespace OutreachRouting.Contracts.Visits;

/// <summary>The answer to a worker's record: the record, and whether this call stored it or found it stored by an earlier try.</summary>
[GenerateSerializer, Immutable, Alias("outreach.RecordedVisit")]
public sealed record RecordedVisit([property: Id(0)] VisitRecord Record, [property: Id(1)] bool Replayed);
