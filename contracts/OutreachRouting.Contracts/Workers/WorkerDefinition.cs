using OutreachRouting.Contracts.Scheduling;

namespace OutreachRouting.Contracts.Workers;

/// <summary>What a team manager keeps about an outreach worker.</summary>
/// <param name="BaseVenueId">The clinic the worker starts from and returns to.</param>
/// <param name="WomenOnlyEligible">May staff women-only venues and sessions.</param>
[GenerateSerializer, Immutable, Alias("outreach.WorkerDefinition")]
public sealed record WorkerDefinition(
    [property: Id(0)] string DisplayName, [property: Id(1)] string BaseVenueId,
    [property: Id(2)] IReadOnlyList<WorkerSkill> Skills, [property: Id(3)] IReadOnlyList<string> Languages,
    [property: Id(4)] bool WomenOnlyEligible, [property: Id(5)] double ContractedHoursPerWeek,
    [property: Id(6)] IReadOnlyList<WeeklyWindow> Availability, [property: Id(7)] IReadOnlyList<Absence> Absences,
    [property: Id(8)] TravelMode TravelMode, [property: Id(9)] WorkerStatus Status = WorkerStatus.Active);
