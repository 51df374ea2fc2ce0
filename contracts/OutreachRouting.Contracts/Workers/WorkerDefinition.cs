using OutreachRouting.Contracts.Scheduling;

namespace OutreachRouting.Contracts.Workers;

/// <summary>What a team manager keeps about an outreach worker.</summary>
/// <param name="BaseVenueId">The clinic the worker starts from and returns to.</param>
/// <param name="WomenOnlyEligible">May staff women-only venues and sessions.</param>
[GenerateSerializer, Immutable]
public sealed record WorkerDefinition(
    string DisplayName,
    string BaseVenueId,
    IReadOnlyList<WorkerSkill> Skills,
    IReadOnlyList<string> Languages,
    bool WomenOnlyEligible,
    double ContractedHoursPerWeek,
    IReadOnlyList<WeeklyWindow> Availability,
    IReadOnlyList<Absence> Absences,
    TravelMode TravelMode,
    WorkerStatus Status = WorkerStatus.Active);
