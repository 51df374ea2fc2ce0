using Microsoft.AspNetCore.Mvc;
using OutreachRouting.Contracts.Safety;

namespace OutreachRouting.Api.Safety;

/// <summary>A team's lone-working alerts: live, as a list with history, acknowledged by managers; and their settings.</summary>
public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder routes)
    {
        var alerts = routes.MapGroup("/teams/{team}/alerts").WithTags("Safety").RequireAuthorization();

        alerts.MapGet("/", ListAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("ListAlerts")
            .WithSummary("List alerts")
            .WithDescription("The team's alerts, newest first, each with its checks, every round of escalation and how it closed; ?open=true for the open ones alone.");

        alerts.MapGet("/stream", Stream)
            .RequireTeam(TeamAccess.Read)
            .WithName("StreamAlerts")
            .WithSummary("Follow alerts live")
            .WithDescription("Server-sent events: the open alerts first (event open), then each change as it happens (raised, escalated, acknowledged, resolved), a heartbeat every 15 s. Send Last-Event-ID to resume after a lost connection. Managers see every alert; a worker sees their own and their pair partner's.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");

        alerts.MapGet("/settings", GetSettingsAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("GetSafetySettings")
            .WithSummary("Get the escalation settings")
            .WithDescription("The grace period, second threshold and repeat interval in minutes, and the on-call webhook (its secret only as whether one is set). The version is the ETag.");

        alerts.MapPut("/settings", UpdateSettingsAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("UpdateSafetySettings")
            .WithSummary("Set the escalation settings")
            .WithDescription("Grace 5 to 120 minutes (default 15), second threshold above the grace up to 240 (default 30), repeat 5 to 120 (default 15); webhookUrl https (http only to this machine) with a webhookSecret of 32 to 256 characters, which is kept while the URL stays and never shown again. If-Match names the version changed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        alerts.MapGet("/deliveries", DeliveriesAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("ListWebhookDeliveries")
            .WithSummary("List webhook deliveries")
            .WithDescription("What was sent to the on-call webhook, newest first: delivered, still retried with back-off (10 s, 30 s, 1, 2, 5 then every 10 minutes), or failed after 8 attempts, with the last error.");

        alerts.MapGet("/{id}", GetAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("GetAlert")
            .WithSummary("Get an alert");

        alerts.MapPost("/{id}/acknowledge", AcknowledgeAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("AcknowledgeAlert")
            .WithSummary("Acknowledge an alert")
            .WithDescription("The manager takes the alert on: escalation stops, and the on-call webhook, if it was told, hears so. An alert already closed is answered as it is.");

        return routes;
    }

    public static async Task<Ok<IReadOnlyList<Alert>>> ListAsync(string team, [FromQuery] bool? open, IGrainFactory grains) =>
        TypedResults.Ok(await Team(grains, team).ListAsync(open ?? false));

    public static async Task<Ok<Alert>> GetAsync(string team, string id, IGrainFactory grains) =>
        TypedResults.Ok(await Team(grains, team).GetAsync(id));

    public static async Task<Ok<Alert>> AcknowledgeAsync(string team, string id, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await Team(grains, team).AcknowledgeAsync(id, user.Actor()));

    public static async Task<Ok<TeamSafetySettings>> GetSettingsAsync(string team, IGrainFactory grains, HttpResponse response) =>
        Tagged(response, await Team(grains, team).GetSettingsAsync());

    public static async Task<Ok<TeamSafetySettings>> UpdateSettingsAsync(
        string team, SafetySettings settings, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request, HttpResponse response) =>
        Tagged(response, await Team(grains, team).UpdateSettingsAsync(settings, ETags.IfMatch(request), user.Actor()));

    public static async Task<Ok<IReadOnlyList<WebhookDelivery>>> DeliveriesAsync(string team, IGrainFactory grains) =>
        TypedResults.Ok(await Team(grains, team).GetDeliveriesAsync());

    public static ServerSentEventsResult<object> Stream(
        string team, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request, TimeProvider time, CancellationToken cancellationToken)
    {
        var after = long.TryParse(request.Headers["Last-Event-ID"].ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        var me = user.CanManage(team) ? null : user.WorkerIdOf() ?? "";
        bool Visible(AlertEvent e) => me is null || e.Alert.WorkerId == me || e.Alert.PartnerWorkerId == me;
        return TypedResults.ServerSentEvents(AlertStream.FollowAsync(Team(grains, team), grains, after, Visible, time, cancellationToken));
    }

    private static Ok<TeamSafetySettings> Tagged(HttpResponse response, TeamSafetySettings settings)
    {
        ETags.Set(response, settings.Version);
        return TypedResults.Ok(settings);
    }

    private static ITeamSafetyGrain Team(IGrainFactory grains, string team) => grains.GetGrain<ITeamSafetyGrain>(team);
}
