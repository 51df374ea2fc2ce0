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
[GenerateSerializer, Immutable, Alias("outreach.FixedSessionDefinition")]
public sealed record FixedSessionDefinition(
    [property: Id(0)] string Name, [property: Id(1)] SessionKind Kind, [property: Id(2)] string VenueId,
    [property: Id(3)] WeeklyWindow Slot, [property: Id(4)] int WorkersNeeded,
    [property: Id(5)] IReadOnlyList<WorkerSkill> RequiredSkills, [property: Id(6)] bool WomenOnly,
    [property: Id(7)] IReadOnlyList<string> Languages, [property: Id(8)] string? Partner = null,
    [property: Id(9)] string? Mediator = null, [property: Id(10)] SessionStatus Status = SessionStatus.Active);
