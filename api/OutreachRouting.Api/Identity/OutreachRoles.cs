namespace OutreachRouting.Api.Identity;

public static class OutreachRoles
{
    /// <summary>Runs the service: every team.</summary>
    public const string Admin = "admin";

    /// <summary>A team manager: keeps their team's registers and rotas.</summary>
    public const string Manager = "manager";

    /// <summary>An outreach worker: reads their team's venues and their own assignments.</summary>
    public const string Worker = "worker";

    /// <summary>A commissioner, partner or analyst: coverage only, never a venue or a worker.</summary>
    public const string Consumer = "consumer";

    public static readonly IReadOnlyList<string> All = [Admin, Manager, Worker, Consumer];
}
