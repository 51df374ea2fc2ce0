using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Contracts.Directory;

/// <summary>Filters for a team's fixed sessions; null means any.</summary>
[GenerateSerializer, Immutable]
public sealed record SessionQuery(
    SessionKind? Kind = null,
    SessionStatus? Status = null,
    int Skip = 0,
    int Take = 50);
