namespace OutreachRouting.Grains.Venues;

/// <summary>
/// A venue's persistent state, stored as JSON under the state name <see cref="StateName"/>.
/// deploy/sql's directory trigger reads definition, version, updatedAt and lastVisitAt from it.
/// </summary>
public sealed class VenueState : RegisterState<VenueDefinition>
{
    public const string StateName = "outreach-venue";

    public int ServiceMinutes { get; set; }

    public DateTimeOffset? LastVisitAt { get; set; }

    /// <summary>Visits of the last twelve weeks, for the rolling figures.</summary>
    public List<VenueVisit> RecentVisits { get; set; } = [];

    /// <summary>Every worker who has visited, kept beyond twelve weeks: continuity outlasts the figures.</summary>
    public List<WorkerContinuity> Visitors { get; set; } = [];
}
