using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Grains.Workers;

/// <summary>
/// A worker's persistent state, stored as JSON under the state name <see cref="StateName"/>.
/// deploy/sql's directory trigger reads definition, version and updatedAt from it.
/// </summary>
public sealed class WorkerState : RegisterState<WorkerDefinition>
{
    public const string StateName = "outreach-worker";

    /// <summary>The shifts of the published rotas, filled when a rota is published.</summary>
    public List<ShiftAssignment> Assignments { get; set; } = [];

    /// <summary>
    /// Per ISO week, the published rota version the assignments come from, so that a late delivery of an older one
    /// is recognised even when the newer version gave the worker no shifts that week.
    /// </summary>
    public Dictionary<string, int> RotaVersions { get; set; } = [];

    /// <summary>Per ISO week, the version the worker last acknowledged and the shifts it held.</summary>
    public Dictionary<string, AcknowledgedWeek> Acknowledged { get; set; } = [];

    /// <summary>Shifts a later publication took away from the worker, kept a while so that a calendar can cancel them.</summary>
    public List<WithdrawnShift> Withdrawn { get; set; } = [];

    /// <summary>Which calendar link is the current one: raised by every new link.</summary>
    public int CalendarGeneration { get; set; }

    /// <summary>The SHA-256 (hex) of the working link's secret; null when none works.</summary>
    public string? CalendarSecretHash { get; set; }

    public DateTimeOffset? CalendarSince { get; set; }
}
