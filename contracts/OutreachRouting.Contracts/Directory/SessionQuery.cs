using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Contracts.Directory;

/// <summary>Filters for a team's fixed sessions; null means any.</summary>
[GenerateSerializer, Immutable, Alias("outreach.SessionQuery")]
public sealed record SessionQuery(
    [property: Id(0)] SessionKind? Kind = null, [property: Id(1)] SessionStatus? Status = null, [property: Id(2)] int Skip = 0,
    [property: Id(3)] int Take = 50);
