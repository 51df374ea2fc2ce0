namespace OutreachRouting.Contracts.Venues;

/// <summary>A worker who has visited a venue: trust is personal, so the planner prefers them there.</summary>
[GenerateSerializer, Immutable, Alias("outreach.WorkerContinuity")]
public sealed record WorkerContinuity([property: Id(0)] string WorkerId, [property: Id(1)] DateTimeOffset LastVisitAt, [property: Id(2)] int Visits);
