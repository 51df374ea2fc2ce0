namespace OutreachRouting.Api.Identity;

/// <summary>
/// Guards every /teams/{team}/... endpoint: another team's resources answer 404, as if they did not exist;
/// a role that may not do this answers 403.
/// </summary>
public sealed class TeamAccessFilter(TeamAccess needed) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.User;
        var team = context.HttpContext.GetRouteValue("team") as string ?? string.Empty;
        if (!user.BelongsTo(team))
        {
            return ApiProblems.NotFound($"There is no team '{team}'.");
        }

        var allowed = needed == TeamAccess.Manage ? user.CanManage(team) : user.CanRead(team);
        return allowed
            ? await next(context)
            : ApiProblems.Forbidden(needed == TeamAccess.Manage
                ? $"Only team '{team}''s managers may do this."
                : $"Your role may not read team '{team}''s registers.");
    }
}

public static class TeamAccessExtensions
{
    public static TBuilder RequireTeam<TBuilder>(this TBuilder builder, TeamAccess access)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new TeamAccessFilter(access))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
