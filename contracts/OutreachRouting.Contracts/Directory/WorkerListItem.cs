using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Contracts.Directory;

[GenerateSerializer, Immutable, Alias("outreach.WorkerListItem")]
public sealed record WorkerListItem(
    [property: Id(0)] string Id, [property: Id(1)] string DisplayName, [property: Id(2)] WorkerStatus Status,
    [property: Id(3)] IReadOnlyList<WorkerSkill> Skills, [property: Id(4)] IReadOnlyList<string> Languages,
    [property: Id(5)] bool WomenOnlyEligible, [property: Id(6)] TravelMode TravelMode, [property: Id(7)] int Version);
