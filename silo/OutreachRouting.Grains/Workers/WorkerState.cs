using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Grains.Workers;

/// <summary>
/// A worker's persistent state, stored as JSON under the state name <see cref="StateName"/>.
/// deploy/sql/0005_team_directory.sql reads definition, version and updatedAt from it.
/// </summary>
public sealed class WorkerState
{
    public const string StateName = "outreach-worker";

    /// <summary>Null until the worker is created.</summary>
    public WorkerDefinition? Definition { get; set; }

    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The shifts of the published rotas, filled when a rota is published.</summary>
    public List<ShiftAssignment> Assignments { get; set; } = [];

    public ShiftStatus Shift { get; set; } = ShiftStatus.OffShift;
}
