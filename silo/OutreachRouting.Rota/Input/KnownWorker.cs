namespace OutreachRouting.Rota;

/// <summary>A worker who has visited a venue, and how often.</summary>
public sealed record KnownWorker(string WorkerId, int Visits, DateOnly LastVisitedOn);
