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

        return needed switch
        {
            TeamAccess.Manage when !user.CanManage(team) => ApiProblems.Forbidden($"Only team '{team}''s managers may do this."),
            TeamAccess.Read when !user.CanRead(team) => ApiProblems.Forbidden($"Your role may not read team '{team}''s registers."),
            TeamAccess.Work when !(user.CanRead(team) && OutreachKeys.IsValidLocalId(user.WorkerIdOf())) =>
                ApiProblems.Forbidden($"Only a worker of team '{team}', signed in as themselves, may do this."),
            _ => await next(context),
        };
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
