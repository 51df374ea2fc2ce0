using OutreachRouting.Contracts.Safety;

namespace OutreachRouting.Api.Safety;

/// <summary>Lone-working safety from the worker's phone: check in, check in at a stop, check out, raise the alarm.</summary>
public static class CheckInEndpoints
{
    public static IEndpointRouteBuilder MapCheckIns(this IEndpointRouteBuilder routes)
    {
        var me = routes.MapGroup("/teams/{team}/me").WithTags("Safety").RequireAuthorization().RequireTeam(TeamAccess.Work);

        me.MapGet("/checkin", StatusAsync)
            .WithName("GetMyCheckIn")
            .WithSummary("Your check-in status")
            .WithDescription("The shift under way (or next), whether it is checked into, and the next check expected with when it raises an alert.");

        me.MapPost("/checkin", CheckInAsync)
            .WithName("CheckIn")
            .WithSummary("Check in")
            .WithDescription("Checks in to the shift under way or starting within the hour; with stopId, at that stop of it (the next stop is then expected when it begins). A check-in after its alert was raised closes the alert and says how late it came. 409 when no shift is near.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        me.MapPost("/checkout", CheckOutAsync)
            .WithName("CheckOut")
            .WithSummary("Check out")
            .WithDescription("Ends the shift under way: nothing more is expected of it, and an alert of its closes. 409 when no shift is under way.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        me.MapPost("/alarm", AlarmAsync)
            .WithName("RaiseAlarm")
            .WithSummary("Raise the alarm")
            .WithDescription("At once: the pair partner, the managers and the on-call webhook are told, and told again every repeat interval until a manager acknowledges.");

        return routes;
    }

    public static async Task<Ok<LoneWorkingStatus>> StatusAsync(string team, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await Watch(grains, team, user).GetStatusAsync());

    public static async Task<Ok<LoneWorkingStatus>> CheckInAsync(string team, CheckIn? checkIn, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await Watch(grains, team, user).CheckInAsync(checkIn ?? new CheckIn()));

    public static async Task<Ok<LoneWorkingStatus>> CheckOutAsync(string team, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await Watch(grains, team, user).CheckOutAsync());

    public static async Task<Ok<LoneWorkingStatus>> AlarmAsync(string team, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await Watch(grains, team, user).RaiseAlarmAsync());

    private static ILoneWorkingGrain Watch(IGrainFactory grains, string team, ClaimsPrincipal user) =>
        grains.GetGrain<ILoneWorkingGrain>(OutreachKeys.For(team, user.WorkerIdOf()!));
}
