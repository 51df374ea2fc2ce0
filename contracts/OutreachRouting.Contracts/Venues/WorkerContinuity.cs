namespace OutreachRouting.Contracts.Venues;

/// <summary>A worker who has visited a venue: trust is personal, so the planner prefers them there.</summary>
[GenerateSerializer, Immutable]
public sealed record WorkerContinuity(string WorkerId, DateTimeOffset LastVisitAt, int Visits);
