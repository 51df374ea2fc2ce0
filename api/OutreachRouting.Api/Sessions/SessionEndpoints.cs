using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Api.Sessions;

public static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder routes)
    {
        var sessions = routes.MapGroup("/teams/{team}/sessions").WithTags("Fixed sessions").RequireAuthorization();

        sessions.MapGet("/", ListAsync)
            .RequireTeam(TeamAccess.Read)
            .WithName("ListSessions")
            .WithSummary("List fixed sessions")
            .WithDescription("List the team's fixed sessions (walk-in clinics, partner sessions), filtered by kind and status.")
            .ProducesValidationProblem();

        sessions.MapRegister<IFixedSessionGrain, FixedSessionDefinition, FixedSessionSnapshot>("session", (session, _) => Task.FromResult(session));
        return routes;
    }

    public static async Task<Ok<Page<SessionListItem>>> ListAsync(string team, string? kind, string? status, [AsParameters] Paging paging, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ITeamDirectoryGrain>(team).ListSessionsAsync(new SessionQuery(
            QueryValues.Enum<SessionKind>(kind, "kind"), QueryValues.Enum<SessionStatus>(status, "status"), paging.From, paging.Size)));
}
