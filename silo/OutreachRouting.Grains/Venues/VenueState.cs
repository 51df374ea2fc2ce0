using OutreachRouting.Contracts.Venues;

namespace OutreachRouting.Grains.Venues;

/// <summary>
/// A venue's persistent state, stored as JSON under the state name <see cref="StateName"/>.
/// deploy/sql/0005_team_directory.sql reads definition, version, updatedAt and lastVisitAt from it.
/// </summary>
public sealed class VenueState
{
    public const string StateName = "outreach-venue";

    /// <summary>Null until the venue is created.</summary>
    public VenueDefinition? Definition { get; set; }

    public int ServiceMinutes { get; set; }

    /// <summary>Bumped by every change of the definition; visits do not change it.</summary>
    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? LastVisitAt { get; set; }

    /// <summary>Visits of the last twelve weeks, for the rolling figures.</summary>
    public List<VenueVisit> RecentVisits { get; set; } = [];

    /// <summary>Every worker who has visited, kept beyond twelve weeks: continuity outlasts the figures.</summary>
    public List<WorkerContinuity> Visitors { get; set; } = [];
}
