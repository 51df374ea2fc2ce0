using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Contracts.Sessions;

/// <summary>A recurring slot that must be staffed every week, planned before any visit.</summary>
/// <param name="VenueId">Where it happens: a venue of the same team (usually the clinic).</param>
/// <param name="WorkersNeeded">How many workers staff it (1 to 4).</param>
/// <param name="WomenOnly">Staffed only by workers who can staff women-only sessions.</param>
/// <param name="Languages">Languages at least one of its workers must speak.</param>
/// <param name="Mediator">Who else is there, such as the Mandarin cultural mediator; shown to workers, not planned.</param>
/// <param name="Partner">The partner service running it, for partner sessions.</param>
[GenerateSerializer, Immutable]
public sealed record FixedSessionDefinition(
    string Name,
    SessionKind Kind,
    string VenueId,
    WeeklyWindow Slot,
    int WorkersNeeded,
    IReadOnlyList<WorkerSkill> RequiredSkills,
    bool WomenOnly,
    IReadOnlyList<string> Languages,
    string? Partner = null,
    string? Mediator = null,
    SessionStatus Status = SessionStatus.Active);
