using Microsoft.AspNetCore.Http.HttpResults;
using OutreachRouting.Api.Http;
using OutreachRouting.Api.Identity;
using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Api.Sessions;

public static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder routes)
    {
        var sessions = routes.MapGroup("/teams/{team}/sessions").WithTags("Fixed sessions").RequireAuthorization();

        sessions.MapGet("/", async Task<Ok<Page<SessionListItem>>> (string team, string? kind, string? status, int? skip, int? take, IGrainFactory grains) =>
                TypedResults.Ok(await grains.GetGrain<ITeamDirectoryGrain>(team).ListSessionsAsync(new SessionQuery(
                    QueryValues.Enum<SessionKind>(kind, "kind"), QueryValues.Enum<SessionStatus>(status, "status"), skip ?? 0, take ?? 50))))
            .RequireTeam(TeamAccess.Read)
            .WithName("ListSessions")
            .WithSummary("List fixed sessions")
            .WithDescription("List the team's fixed sessions (walk-in clinics, partner sessions), filtered by kind and status.")
            .ProducesValidationProblem();

        sessions.MapRegister<IFixedSessionGrain, FixedSessionDefinition, FixedSessionSnapshot>("session", (session, _) => Task.FromResult(session));
        return routes;
    }
}
