using Microsoft.AspNetCore.Mvc;
using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Visits;

namespace OutreachRouting.Api.Visits;

/// <summary>
/// Visit records: a worker records each stop's anonymous outcome and counts; managers read them, correct them (a new
/// version, the old one kept) and decide the venues the field reports as closed or moved.
/// </summary>
public static class VisitEndpoints
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapVisits(this IEndpointRouteBuilder routes)
    {
        var visits = routes.MapGroup("/teams/{team}/visits").WithTags("Visits").RequireAuthorization();

        visits.MapPost("/", RecordAsync)
            .RequireTeam(TeamAccess.Work)
            .WithName("RecordVisit")
            .WithSummary("Record a visit")
            .WithDescription("The worker's record of one of their stops (or their pair's): its outcome and counts only, from the stop's start until the end of the next day; recorded after the shift it is marked late. Send an Idempotency-Key header: a retry with the same key and body answers the stored record (200), another body under the same key is refused (409). A stop already recorded is 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        visits.MapGet("/", ListAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("ListVisits")
            .WithSummary("List visit records")
            .WithDescription("The team's visit records in their current versions, newest visit first; filter by venue and by when the visit began (from inclusive, to exclusive).")
            .ProducesValidationProblem();

        visits.MapGet("/{id}", GetHistoryAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("GetVisit")
            .WithSummary("Get a visit record's versions")
            .WithDescription("Every version of the record, oldest first: the worker's, then each manager's correction. The current version is the ETag.");

        visits.MapPut("/{id}", CorrectAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("CorrectVisit")
            .WithSummary("Correct a visit record")
            .WithDescription("Stores the body as the record's next version, naming with If-Match the version it corrects; the venue's figures follow.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        var reports = routes.MapGroup("/teams/{team}/venue-reports").WithTags("Visits").RequireAuthorization();

        reports.MapGet("/", ListReportsAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("ListVenueReports")
            .WithSummary("List venues reported closed or moved")
            .WithDescription("What workers' visit records said of venues that looked closed or moved: pending first, then decided ones; ?pending=true for the queue alone.");

        reports.MapPost("/{id}/decision", DecideAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("DecideVenueReport")
            .WithSummary("Confirm or reject a venue report")
            .WithDescription("Confirming a closure closes the venue; confirming a move marks it moved to movedTo, or without movedTo puts it at the reported position. The next plan reads the venue as it then is.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        return routes;
    }

    public static async Task<Results<Created<VisitRecord>, Ok<VisitRecord>, ValidationProblem>> RecordAsync(
        string team, VisitReport report, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request)
    {
        if (request.Headers[IdempotencyKeyHeader].ToString() is not { Length: > 0 } key)
            return ApiProblems.Invalid(IdempotencyKeyHeader, "must be sent: a key of your choosing, the same on every retry of this record");
        var recorded = await Records(grains, team).RecordAsync(user.WorkerIdOf()!, report, key);
        return recorded.Replayed
            ? TypedResults.Ok(recorded.Record)
            : TypedResults.Created($"{request.PathBase}/teams/{team}/visits/{recorded.Record.Id}", recorded.Record);
    }

    public static async Task<Ok<Page<VisitRecord>>> ListAsync(
        string team, [FromQuery] string? venue, [FromQuery] DateTimeOffset? from, [FromQuery] DateTimeOffset? to,
        [AsParameters] Paging page, IGrainFactory grains) =>
        TypedResults.Ok(await Records(grains, team).ListAsync(new VisitQuery(venue, from, to, page.From, page.Size)));

    public static async Task<Ok<IReadOnlyList<VisitRecord>>> GetHistoryAsync(string team, string id, IGrainFactory grains, HttpResponse response)
    {
        var history = await Records(grains, team).GetHistoryAsync(id);
        ETags.Set(response, history[^1].Version);
        return TypedResults.Ok(history);
    }

    public static async Task<Results<Ok<VisitRecord>, ProblemHttpResult>> CorrectAsync(
        string team, string id, VisitReport report, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request, HttpResponse response)
    {
        if (ETags.IfMatch(request) is not { } version)
            return ApiProblems.PreconditionRequired("To correct a visit record, send If-Match with the version (the ETag) you read.");
        var corrected = await Records(grains, team).CorrectAsync(id, version, report, user.Actor());
        ETags.Set(response, corrected.Version);
        return TypedResults.Ok(corrected);
    }

    public static async Task<Ok<IReadOnlyList<VenueReport>>> ListReportsAsync(string team, [FromQuery] bool? pending, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IVenueReportsGrain>(team).ListAsync(pending ?? false));

    public static async Task<Ok<VenueReport>> DecideAsync(string team, string id, VenueReportDecision decision, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IVenueReportsGrain>(team).DecideAsync(id, decision, user.Actor()));

    private static IVisitRecordsGrain Records(IGrainFactory grains, string team) => grains.GetGrain<IVisitRecordsGrain>(team);
}
