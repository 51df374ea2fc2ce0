using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using OutreachRouting.Contracts.Schedules;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Api.Me;

/// <summary>The signed-in worker's own day and week: their published shifts, what changed, and their acknowledgement.</summary>
public static class MeEndpoints
{
    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder routes)
    {
        var me = routes.MapGroup("/teams/{team}/me").WithTags("Me").RequireAuthorization().RequireTeam(TeamAccess.Work);

        me.MapGet("/today", TodayAsync)
            .WithName("GetMyDay")
            .WithSummary("Today's shifts")
            .WithDescription("The worker's published shifts that touch today (London time, so a night shift that began yesterday is here), stops in visiting order with their travel legs, venues, needs and access windows; a restricted venue's position only because the worker is assigned to it. Shifts and stops that changed since the worker last acknowledged the week are marked, and shifts taken away are listed in removed.");

        me.MapGet("/week", WeekAsync)
            .WithName("GetMyWeek")
            .WithSummary("A week's shifts")
            .WithDescription("As today, for an ISO week (?week=2026-W49; this week when left out).")
            .ProducesValidationProblem();

        me.MapPost("/acknowledge", AcknowledgeAsync)
            .WithName("AcknowledgeRota")
            .WithSummary("Acknowledge a week's rota")
            .WithDescription("The worker has read the named version of the week's rota: its changes stop being marked. Naming an older version than the newest published is 409 (read again first); a version never published is 400; a week with no rota published to the worker is 404.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        return routes;
    }

    public static async Task<Ok<ScheduleView>> TodayAsync(string team, ClaimsPrincipal user, IGrainFactory grains, IMemoryCache cache, TimeProvider time)
    {
        var (from, to) = London.Day(London.Date(time.GetUtcNow()));
        return TypedResults.Ok(await SchedulePresentation.ForAsync(team, user.WorkerIdOf()!, from, to, user, grains, cache, time));
    }

    public static async Task<Results<Ok<ScheduleView>, ValidationProblem>> WeekAsync(
        string team, [FromQuery] string? week, ClaimsPrincipal user, IGrainFactory grains, IMemoryCache cache, TimeProvider time)
    {
        week ??= OutreachKeys.WeekOf(London.Date(time.GetUtcNow()));
        if (!OutreachKeys.IsValidWeek(week))
            return ApiProblems.Invalid("week", OutreachKeys.WeekRule);
        var (from, to) = London.Week(week);
        return TypedResults.Ok(await SchedulePresentation.ForAsync(team, user.WorkerIdOf()!, from, to, user, grains, cache, time));
    }

    public static async Task<Ok<RotaWeekStatus>> AcknowledgeAsync(string team, Acknowledgement acknowledgement, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IWorkerGrain>(OutreachKeys.For(team, user.WorkerIdOf()!)).AcknowledgeAsync(acknowledgement.Week, acknowledgement.Version));
}
