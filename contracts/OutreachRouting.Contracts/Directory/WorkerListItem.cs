using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Contracts.Directory;

[GenerateSerializer, Immutable]
public sealed record WorkerListItem(
    string Id,
    string DisplayName,
    WorkerStatus Status,
    IReadOnlyList<WorkerSkill> Skills,
    IReadOnlyList<string> Languages,
    bool WomenOnlyEligible,
    TravelMode TravelMode,
    int Version);
