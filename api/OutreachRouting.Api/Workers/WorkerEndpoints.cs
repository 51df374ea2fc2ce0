using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Api.Workers;

public static class WorkerEndpoints
{
    public static IEndpointRouteBuilder MapWorkers(this IEndpointRouteBuilder routes)
    {
        var workers = routes.MapGroup("/teams/{team}/workers").WithTags("Workers").RequireAuthorization();

        workers.MapGet("/", ListAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("ListWorkers")
            .WithSummary("List workers")
            .WithDescription("List the team's workers, filtered by status, skill and language, a page at a time (take at most 500).")
            .ProducesValidationProblem();

        // A worker reads their own record only; managers read everyone's.
        workers.MapRegister<IWorkerGrain, WorkerDefinition, WorkerSnapshot>(
            "worker",
            (worker, _) => Task.FromResult(worker),
            (user, team, id) => user.CanManage(team) || user.WorkerIdOf() == id);
        return routes;
    }

    public static async Task<Ok<Page<WorkerListItem>>> ListAsync(
        string team, string? status, string? skill, string? language, [AsParameters] Paging paging, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ITeamDirectoryGrain>(team).ListWorkersAsync(new WorkerQuery(
            QueryValues.Enum<WorkerStatus>(status, "status"), QueryValues.Enum<WorkerSkill>(skill, "skill"), language, paging.From, paging.Size)));
}
