using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Rota;
using EngineChange = OutreachRouting.Rota.RotaChange;

namespace OutreachRouting.Grains.Rotas;

/// <summary>
/// A planner grain's persistent state: the draft with the input it was planned from, the manager's pins, and the
/// latest published version with its input (what a re-plan starts from). Stored as JSON under <see cref="StateName"/>.
/// </summary>
public sealed class PlannerState
{
    public const string StateName = "outreach-planner";

    public List<VisitPin> Pins { get; set; } = [];

    public RotaRecord? Draft { get; set; }

    public RotaRecord? Published { get; set; }

    public int PublishedVersion { get; set; }
}

/// <summary>A rota as kept: the engine's rota, the input it answers to, and what came with it.</summary>
public sealed record RotaRecord(
    PlanningInput Input,
    WeeklyRota Rota,
    int Revision,
    IReadOnlyList<EngineChange> Changes,
    IReadOnlyList<RotaOverride> Overrides,
    DateTimeOffset UpdatedAt);
