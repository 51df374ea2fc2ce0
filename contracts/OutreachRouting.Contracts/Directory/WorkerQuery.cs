using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Contracts.Directory;

/// <summary>Filters for a team's worker list; null means any.</summary>
[GenerateSerializer, Immutable]
public sealed record WorkerQuery(
    WorkerStatus? Status = null,
    WorkerSkill? Skill = null,
    string? Language = null,
    int Skip = 0,
    int Take = 50);
