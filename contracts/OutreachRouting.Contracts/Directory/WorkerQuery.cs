using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Contracts.Directory;

/// <summary>Filters for a team's worker list; null means any.</summary>
[GenerateSerializer, Immutable, Alias("outreach.WorkerQuery")]
public sealed record WorkerQuery(
    [property: Id(0)] WorkerStatus? Status = null, [property: Id(1)] WorkerSkill? Skill = null,
    [property: Id(2)] string? Language = null, [property: Id(3)] int Skip = 0, [property: Id(4)] int Take = 50);
