namespace OutreachRouting.Api.Identity;

/// <summary>The claims a token carries, and what they allow.</summary>
public static class OutreachClaims
{
    public const string Role = "role";

    /// <summary>One claim per team the bearer belongs to.</summary>
    public const string Team = "team";

    /// <summary>A worker's own worker id within their team.</summary>
    public const string WorkerId = "worker_id";

    public const string Name = "name";

    public static IEnumerable<string> Teams(this ClaimsPrincipal user) => user.FindAll(Team).Select(c => c.Value);

    public static string? WorkerIdOf(this ClaimsPrincipal user) => user.FindFirst(WorkerId)?.Value;

    /// <summary>Who did it, as a rota's overrides and a visit record's corrections name them.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? user.FindFirst("sub")?.Value ?? "unknown";

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(OutreachRoles.Admin);

    /// <summary>Whether the team exists for this user at all; a team that is not theirs answers as if it did not exist.</summary>
    public static bool BelongsTo(this ClaimsPrincipal user, string team) => user.IsAdmin() || user.Teams().Contains(team, StringComparer.Ordinal);

    public static bool CanManage(this ClaimsPrincipal user, string team) =>
        user.IsAdmin() || (user.IsInRole(OutreachRoles.Manager) && user.BelongsTo(team));

    /// <summary>Reading a team's venues and sessions: its managers and workers, never a consumer.</summary>
    public static bool CanRead(this ClaimsPrincipal user, string team) =>
        user.CanManage(team) || (user.IsInRole(OutreachRoles.Worker) && user.BelongsTo(team));
}
