using OutreachRouting.Contracts.Rotas;

namespace OutreachRouting.Api.Rotas;

/// <summary>
/// A team's rota for one ISO week: plan a draft (in the background, cancellable), edit it, publish it, re-plan the published
/// rota after a change, and read either as JSON or GeoJSON. The draft's revision and the published version are
/// the ETags; edits and publishing name the revision they were made on with If-Match.
/// </summary>
public static class RotaEndpoints
{
    public static IEndpointRouteBuilder MapRotas(this IEndpointRouteBuilder routes)
    {
        var rotas = routes.MapGroup("/teams/{team}/rotas/{week}").WithTags("Rotas").RequireAuthorization()
            .AddEndpointFilter(WeekFilter);

        rotas.MapPost("/plan", PlanAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("PlanRota")
            .WithSummary("Plan a draft rota")
            .WithDescription("Starts planning the week's draft from the registers as they are now and answers at once (202); follow the status. The body is optional: seconds (default 5, at most 300) and seed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        rotas.MapPost("/plan/cancel", CancelPlanningAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("CancelRotaPlanning")
            .WithSummary("Cancel planning")
            .WithDescription("Cancels the plan or re-plan that is queued or running and answers, once it has stopped, with the status: cancelled, the draft as it was before. A plan already being stored when the cancel comes is kept (done). 409 when no plan is queued or running.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        rotas.MapPost("/replan", ReplanAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("ReplanRota")
            .WithSummary("Re-plan the published rota")
            .WithDescription("After a change in the registers (someone off sick, a venue closed) or for urgent visits: shifts before 'from' are kept, and the rest moves only where it must. The result is a new draft listing what changed and why.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        rotas.MapGet("/status", GetStatusAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("GetRotaStatus")
            .WithSummary("Planning status")
            .WithDescription("Whether a plan is queued (and where) or runs, how long it has run, the best objective so far, the draft's revision and published version, and the workers still to receive the published version.");

        rotas.MapGet("/draft", GetDraftAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("GetDraftRota")
            .WithSummary("Get the draft rota")
            .WithDescription("The draft: shifts with their stops and travel legs, the due visits not placed and why, the figures, a re-plan's changes, and the edits kept by override. Its revision is the ETag.");

        rotas.MapGet("/draft/geojson", GetDraftGeoJsonAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("GetDraftRotaGeoJson")
            .WithSummary("Get the draft rota as GeoJSON")
            .WithDescription("The draft as a FeatureCollection: each shift a LineString from its base through its stops and back, each stop a Point.")
            .Produces<JsonObject>(StatusCodes.Status200OK, RotaGeoJson.MediaType);

        rotas.MapPost("/draft/edits", EditDraftAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("EditDraftRota")
            .WithSummary("Edit the draft rota")
            .WithDescription("Pin, move, add or remove a visit on the draft named by If-Match. An edit that breaks a hard rule is refused (422, with the violations) unless sent with override: true, which keeps it and records it with the rota.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        rotas.MapPost("/publish", PublishAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("PublishRota")
            .WithSummary("Publish the draft rota")
            .WithDescription("Publishes the draft named by If-Match as the next version; every worker with shifts in it, or in the version before, receives their assignments.")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        rotas.MapGet("/", GetPublishedAsync)
            .RequireTeam(TeamAccess.Read)
            .WithName("GetRota")
            .WithSummary("Get the published rota")
            .WithDescription("The latest published version, its number the ETag. A manager sees all of it; a worker only their own shifts (a pair's shifts are both workers').");

        rotas.MapGet("/geojson", GetPublishedGeoJsonAsync)
            .RequireTeam(TeamAccess.Read)
            .WithName("GetRotaGeoJson")
            .WithSummary("Get the published rota as GeoJSON")
            .WithDescription("The published rota as the reader may see it, as a FeatureCollection of shift LineStrings and stop Points.")
            .Produces<JsonObject>(StatusCodes.Status200OK, RotaGeoJson.MediaType);

        rotas.MapGet("/input", ExportInputAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("ExportRotaInput")
            .WithSummary("Export the planner's input")
            .WithDescription("Everything the planner reads for the week, in its documented JSON form: the draft's input, or, before any draft, the registers as they are now. The week benchmark plans from such a file.")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json");

        return routes;
    }

    public static async Task<Accepted<PlanningStatus>> PlanAsync(string team, string week, PlanRequest? request, IGrainFactory grains, HttpRequest http) =>
        TypedResults.Accepted(StatusUri(http, team, week), await Planner(grains, team, week).StartPlanningAsync(request ?? new PlanRequest()));

    public static async Task<Ok<PlanningStatus>> CancelPlanningAsync(string team, string week, IGrainFactory grains) =>
        TypedResults.Ok(await Planner(grains, team, week).CancelPlanningAsync());

    public static async Task<Accepted<PlanningStatus>> ReplanAsync(string team, string week, ReplanRequest request, IGrainFactory grains, HttpRequest http) =>
        TypedResults.Accepted(StatusUri(http, team, week), await Planner(grains, team, week).ReplanAsync(request));

    public static async Task<Ok<PlanningStatus>> GetStatusAsync(string team, string week, IGrainFactory grains) =>
        TypedResults.Ok(await Planner(grains, team, week).GetStatusAsync());

    public static async Task<Ok<RotaDocument>> GetDraftAsync(string team, string week, IGrainFactory grains, HttpResponse response) =>
        Tagged(response, await Planner(grains, team, week).GetDraftAsync());

    public static async Task<IResult> GetDraftGeoJsonAsync(string team, string week, IGrainFactory grains) =>
        await GeoJsonAsync(await Planner(grains, team, week).GetDraftAsync(), grains);

    public static async Task<Results<Ok<RotaDocument>, ProblemHttpResult>> EditDraftAsync(
        string team, string week, RotaEdit edit, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request, HttpResponse response) =>
        ETags.IfMatch(request) is { } revision
            ? Tagged(response, await Planner(grains, team, week).EditAsync(revision, edit, user.Actor()))
            : RevisionRequired("edit");

    public static async Task<Results<Ok<RotaDocument>, ProblemHttpResult>> PublishAsync(
        string team, string week, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request, HttpResponse response) =>
        ETags.IfMatch(request) is { } revision
            ? Tagged(response, await Planner(grains, team, week).PublishAsync(revision, user.Actor()))
            : RevisionRequired("publish");

    public static async Task<Ok<RotaDocument>> GetPublishedAsync(string team, string week, ClaimsPrincipal user, IGrainFactory grains, HttpResponse response)
    {
        var published = await Planner(grains, team, week).GetPublishedAsync();
        ETags.Set(response, published.Version ?? 0);
        return TypedResults.Ok(RotaPresentation.For(published, user));
    }

    public static async Task<IResult> GetPublishedGeoJsonAsync(string team, string week, ClaimsPrincipal user, IGrainFactory grains) =>
        await GeoJsonAsync(RotaPresentation.For(await Planner(grains, team, week).GetPublishedAsync(), user), grains);

    public static async Task<IResult> ExportInputAsync(string team, string week, IGrainFactory grains) =>
        TypedResults.Text(await Planner(grains, team, week).ExportInputAsync(), "application/json");

    private static IPlannerGrain Planner(IGrainFactory grains, string team, string week) =>
        grains.GetGrain<IPlannerGrain>(OutreachKeys.ForWeek(team, week));

    /// <summary>A week that is no ISO week names the field before any grain is asked.</summary>
    private static async ValueTask<object?> WeekFilter(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        OutreachKeys.IsValidWeek(context.HttpContext.GetRouteValue("week") as string)
            ? await next(context)
            : ApiProblems.Invalid("week", OutreachKeys.WeekRule);

    private static string StatusUri(HttpRequest request, string team, string week) => $"{request.PathBase}/teams/{team}/rotas/{week}/status";

    private static Ok<RotaDocument> Tagged(HttpResponse response, RotaDocument rota)
    {
        ETags.Set(response, rota.Revision);
        return TypedResults.Ok(rota);
    }

    private static ProblemHttpResult RevisionRequired(string action) =>
        ApiProblems.PreconditionRequired($"To {action} the draft, send If-Match with the revision (the ETag) you read, so that no one else's edit is lost.");

    /// <summary>
    /// Every venue of the view is one the reader may see: a manager sees all, and a worker's view holds only their
    /// own shifts, whose restricted stops they are assigned to.
    /// </summary>
    private static async Task<IResult> GeoJsonAsync(RotaDocument view, IGrainFactory grains)
    {
        var ids = view.Shifts.SelectMany(s => s.Stops.Select(t => t.VenueId).Append(s.BaseVenueId)).OfType<string>().Distinct(StringComparer.Ordinal);
        var venues = await Task.WhenAll(ids.Select(id => grains.GetGrain<IVenueGrain>(OutreachKeys.For(view.Team, id)).GetAsync()));
        return TypedResults.Text(
            RotaGeoJson.Write(view, venues.OfType<VenueSnapshot>().ToDictionary(v => v.Id, StringComparer.Ordinal)).ToJsonString(),
            RotaGeoJson.MediaType);
    }
}
