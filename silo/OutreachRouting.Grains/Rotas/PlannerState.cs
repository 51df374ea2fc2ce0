using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Rota;
using EngineChange = OutreachRouting.Rota.RotaChange;

namespace OutreachRouting.Grains.Rotas;

/// <summary>
/// A planner grain's persistent state: the draft with the input it was planned from, the manager's pins, the
/// latest published version with its input (what a re-plan starts from), and the workers it has yet to reach.
/// Stored as JSON under <see cref="StateName"/>; a property added later must default so that older state still loads.
/// </summary>
public sealed class PlannerState
{
    public const string StateName = "outreach-planner";

    public List<VisitPin> Pins { get; set; } = [];

    public RotaRecord? Draft { get; set; }

    public RotaRecord? Published { get; set; }

    public int PublishedVersion { get; set; }

    /// <summary>
    /// Workers whose grains have not yet received the published version: written with the version itself, emptied as
    /// each delivery succeeds.
    /// </summary>
    public List<string> PendingDeliveries { get; set; } = [];
}

/// <summary>A rota as kept: the engine's rota, the input it answers to, and what came with it.</summary>
public sealed record RotaRecord(
    PlanningInput Input,
    WeeklyRota Rota,
    int Revision,
    IReadOnlyList<EngineChange> Changes,
    IReadOnlyList<RotaOverride> Overrides,
    DateTimeOffset UpdatedAt);
