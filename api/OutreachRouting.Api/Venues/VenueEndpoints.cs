using OutreachRouting.Contracts.Directory;

namespace OutreachRouting.Api.Venues;

public static class VenueEndpoints
{
    public static IEndpointRouteBuilder MapVenues(this IEndpointRouteBuilder routes)
    {
        var venues = routes.MapGroup("/teams/{team}/venues").WithTags("Venues").RequireAuthorization();

        venues.MapGet("/", ListAsync)
            .RequireTeam(TeamAccess.Read)
            .WithName("ListVenues")
            .WithSummary("List venues")
            .WithDescription("List the team's venues, filtered by kind, borough, status and overdue, a page at a time (take at most 500).")
            .ProducesValidationProblem();

        venues.MapGet("/export", ExportAsync)
            .RequireTeam(TeamAccess.Read)
            .WithName("ExportVenues")
            .WithSummary("Export venues as GeoJSON")
            .WithDescription("Every venue of the team as an RFC 7946 GeoJSON FeatureCollection; restricted positions only for managers and the workers assigned to them.")
            .Produces<JsonObject>(StatusCodes.Status200OK, VenueGeoJson.MediaType);

        venues.MapPost("/import", ImportAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName("ImportVenues")
            .WithSummary("Import venues")
            .WithDescription("Create venues from a GeoJSON FeatureCollection or CSV: all of them, or none.")
            .Accepts<JsonObject>(VenueGeoJson.MediaType, "application/json", VenueCsv.MediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        venues.MapRegister<IVenueGrain, VenueDefinition, VenueSnapshot>("venue", (venue, http) =>
            VenuePresentation.ForAsync(venue, http.User, http.RequestServices.GetRequiredService<IGrainFactory>(), http.RequestServices.GetRequiredService<TimeProvider>()));
        return routes;
    }

    public static async Task<Ok<Page<VenueListItem>>> ListAsync(
        string team, string? kind, string? borough, string? status, bool? overdue, [AsParameters] Paging paging, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ITeamDirectoryGrain>(team).ListVenuesAsync(new VenueQuery(
            QueryValues.Enum<VenueKind>(kind, "kind"), borough, QueryValues.Enum<VenueStatus>(status, "status"), overdue, paging.From, paging.Size)));

    public static async Task<Results<Ok<ImportResult>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        string team, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        var (items, unreadable) = mediaType switch
        {
            VenueGeoJson.MediaType or "application/json" => await VenueGeoJson.ReadAsync(request.Body, cancellationToken),
            VenueCsv.MediaType => await VenueCsv.ReadAsync(request.Body),
            _ => default,
        };
        if (items is null)
        {
            return TypedResults.Problem($"Send {VenueGeoJson.MediaType} (a FeatureCollection) or {VenueCsv.MediaType}, not '{request.ContentType}'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        var importer = grains.GetGrain<IVenueImportGrain>(team);
        if (unreadable.Count > 0)
        {
            // Name every problem of the file at once: what could not be read, and what breaks a rule.
            return ApiProblems.Invalid([.. unreadable, .. await importer.CheckAsync(items)]);
        }

        var ids = await importer.ImportAsync(items);
        return TypedResults.Ok(new ImportResult(ids.Count, ids));
    }

    public static async Task<IResult> ExportAsync(string team, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Text((await ExportCollectionAsync(team, user, grains, time, cancellationToken)).ToJsonString(), VenueGeoJson.MediaType);

    private static async Task<JsonObject> ExportCollectionAsync(string team, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time, CancellationToken cancellationToken)
    {
        var directory = grains.GetGrain<ITeamDirectoryGrain>(team);
        var ids = new List<string>();
        for (var skip = 0; ; skip += TeamDirectoryPageSize)
        {
            var page = await directory.ListVenuesAsync(new VenueQuery(Skip: skip, Take: TeamDirectoryPageSize));
            ids.AddRange(page.Items.Select(v => v.Id));
            if (skip + TeamDirectoryPageSize >= page.Total)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        var venues = await Task.WhenAll(ids.Select(id => grains.GetGrain<IVenueGrain>(OutreachKeys.For(team, id)).GetAsync()));
        var assigned = await VenuePresentation.AssignedVenuesAsync(user, team, grains, time);
        return VenueGeoJson.Write(venues.OfType<VenueSnapshot>().Select(v => VenuePresentation.For(v, user, assigned)));
    }

    private const int TeamDirectoryPageSize = 500;
}
