using System.Text;
using Microsoft.Extensions.Caching.Memory;
using OutreachRouting.Contracts.Schedules;
using OutreachRouting.Contracts.Sessions;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Api.Me;

/// <summary>
/// A worker's calendar subscription: their secret link (shown, rotated, revoked by them alone) and the feed behind it,
/// which a phone's calendar polls without a token, so the secret in its URL is all that guards it.
/// </summary>
public static class CalendarEndpoints
{
    /// <summary>How far back the feed reaches: a month of past shifts, as a calendar keeps them.</summary>
    private static readonly TimeSpan PastShifts = TimeSpan.FromDays(28);

    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder routes)
    {
        var link = routes.MapGroup("/teams/{team}/me/calendar").WithTags("Me").RequireAuthorization().RequireTeam(TeamAccess.Work)
            .AddEndpointFilter(EnabledFilter).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        link.MapGet("/", GetLinkAsync)
            .WithName("GetMyCalendarLink")
            .WithSummary("Your calendar subscription link")
            .WithDescription("The secret link to subscribe a calendar to your shifts (made on first asking; the same link every time after). null url once revoked: rotate for a new one. Keep it to yourself: anyone with it reads your shifts.");

        link.MapPost("/rotate", RotateAsync)
            .WithName("RotateMyCalendarLink")
            .WithSummary("Make a new calendar link")
            .WithDescription("A new secret link; the one before stops working at once.");

        link.MapDelete("/", RevokeAsync)
            .WithName("RevokeMyCalendarLink")
            .WithSummary("Revoke your calendar link")
            .WithDescription("The link stops working and no new one exists until you rotate.");

        routes.MapGet("/calendar/{secret}.ics", FeedAsync)
            .WithTags("Calendar")
            .AllowAnonymous()
            .AddEndpointFilter(EnabledFilter)
            .WithName("GetCalendarFeed")
            .WithSummary("A worker's calendar feed (iCalendar)")
            .WithDescription("RFC 5545: an event a published shift (stops in order in its description, Europe/London times, SEQUENCE its rota version, updated in place on a re-publish) and a CANCELLED event for each shift taken away. No position of any venue, and a restricted venue only by its kind. No token: the secret is the link's; 404 for a link rotated, revoked, of a leaver, or never made.")
            .Produces<string>(StatusCodes.Status200OK, ShiftCalendar.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return routes;
    }

    public static async Task<Ok<CalendarLink>> GetLinkAsync(string team, ClaimsPrincipal user, IGrainFactory grains, CalendarSecrets secrets, HttpRequest request)
    {
        var worker = Worker(grains, team, user);
        var subscription = await worker.GetCalendarAsync();
        // A link made under an earlier Calendar:Key no longer opens: the worker gets a new one rather than a dead one.
        if (subscription.Generation == 0 || (subscription.Active && subscription.SecretHash != SecretHash(team, user, secrets, subscription.Generation)))
            subscription = await OpenAsync(worker, team, user, secrets, subscription.Generation + 1);
        return TypedResults.Ok(Link(subscription, team, user, secrets, request));
    }

    public static async Task<Ok<CalendarLink>> RotateAsync(string team, ClaimsPrincipal user, IGrainFactory grains, CalendarSecrets secrets, HttpRequest request)
    {
        var worker = Worker(grains, team, user);
        var subscription = await OpenAsync(worker, team, user, secrets, (await worker.GetCalendarAsync()).Generation + 1);
        return TypedResults.Ok(Link(subscription, team, user, secrets, request));
    }

    public static async Task<Ok<CalendarLink>> RevokeAsync(string team, ClaimsPrincipal user, IGrainFactory grains, CalendarSecrets secrets, HttpRequest request) =>
        TypedResults.Ok(Link(await Worker(grains, team, user).RevokeCalendarAsync(), team, user, secrets, request));

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> FeedAsync(
        string secret, IGrainFactory grains, IMemoryCache cache, TimeProvider time, HttpResponse response)
    {
        var gone = ApiProblems.NotFound("There is no calendar at this link: it may have been rotated or revoked.");
        if (CalendarSecrets.Hash(secret) is not { } hash || await grains.GetGrain<ICalendarFeedGrain>(hash).GetOwnerAsync() is not { } owner)
            return gone;
        var now = time.GetUtcNow();
        if (await grains.GetGrain<IWorkerGrain>(owner).ReadCalendarAsync(hash, now - PastShifts) is not { } feed)
            return gone;

        var shifts = feed.Shifts.Concat(feed.Withdrawn.Select(w => w.Shift)).ToList();
        var venues = await RegisterCache.LookUpAsync<IVenueGrain, VenueDefinition, VenueSnapshot>(
            grains, cache, feed.Team, shifts.SelectMany(s => s.Stops.Select(t => t.VenueId)).Concat(shifts.Select(s => s.BaseVenueId)));
        var sessions = await RegisterCache.LookUpAsync<IFixedSessionGrain, FixedSessionDefinition, FixedSessionSnapshot>(
            grains, cache, feed.Team, shifts.SelectMany(s => s.Stops.Select(t => t.SessionId)));
        var partners = await RegisterCache.LookUpAsync<IWorkerGrain, WorkerDefinition, WorkerSnapshot>(grains, cache, feed.Team, shifts.Select(s => s.PartnerWorkerId));
        response.Headers.CacheControl = "no-store";
        return TypedResults.Text(ShiftCalendar.Write(feed, venues, sessions, partners, now), ShiftCalendar.MediaType, Encoding.UTF8);
    }

    private static Task<CalendarSubscription> OpenAsync(IWorkerGrain worker, string team, ClaimsPrincipal user, CalendarSecrets secrets, int generation) =>
        worker.OpenCalendarAsync(generation, SecretHash(team, user, secrets, generation));

    private static string SecretHash(string team, ClaimsPrincipal user, CalendarSecrets secrets, int generation) =>
        CalendarSecrets.Hash(secrets.Secret(team, user.WorkerIdOf()!, generation))!;

    private static CalendarLink Link(CalendarSubscription subscription, string team, ClaimsPrincipal user, CalendarSecrets secrets, HttpRequest request) => new(
        subscription.Active ? $"{request.Scheme}://{request.Host}{request.PathBase}/calendar/{secrets.Secret(team, user.WorkerIdOf()!, subscription.Generation)}.ics" : null,
        subscription.Active, subscription.Generation, subscription.Since);

    private static IWorkerGrain Worker(IGrainFactory grains, string team, ClaimsPrincipal user) => grains.GetGrain<IWorkerGrain>(OutreachKeys.For(team, user.WorkerIdOf()!));

    private static async ValueTask<object?> EnabledFilter(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<CalendarSecrets>().Enabled
            ? await next(context)
            : ApiProblems.Unavailable($"Calendar feeds are off on this server: set {CalendarSecrets.KeySetting} (base64 of 32 random bytes).");
}
