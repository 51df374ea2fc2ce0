using System.Net.Http.Headers;
using OutreachRouting.Client.Http;
using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Sessions;
using OutreachRouting.Contracts.Venues;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Client;

/// <summary>
/// The OutreachRouting HTTP API, one method per endpoint, in the contract records. Every non-success answer
/// throws <see cref="OutreachApiException"/> (404 for an unknown entry or another team's, 412 for a stale
/// version); an unreachable API throws <see cref="HttpRequestException"/>. Nothing is retried.
/// </summary>
public sealed partial class OutreachClient : IDisposable
{
    private readonly HttpClient? owned;
    private readonly ApiChannel channel;
    private readonly RegisterResource<VenueListItem, VenueDefinition, VenueSnapshot> venues;
    private readonly RegisterResource<WorkerListItem, WorkerDefinition, WorkerSnapshot> workers;
    private readonly RegisterResource<SessionListItem, FixedSessionDefinition, FixedSessionSnapshot> sessions;

    /// <param name="http">BaseAddress is the API root, ending in "/"; the caller sets the bearer token and disposes it.</param>
    public OutreachClient(HttpClient http)
        : this(http, owns: false)
    {
    }

    /// <summary>A client of its own HttpClient for the API at <paramref name="apiRoot"/>, sending <paramref name="token"/>.</summary>
    public OutreachClient(Uri apiRoot, string token)
        : this(Connect(apiRoot, token), owns: true)
    {
    }

    private OutreachClient(HttpClient http, bool owns)
    {
        owned = owns ? http : null;
        channel = new ApiChannel(http);
        venues = new(channel, "venues");
        workers = new(channel, "workers");
        sessions = new(channel, "sessions");
    }

    // Venues

    public Task<Page<VenueListItem>> ListVenuesAsync(string team, VenueQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new VenueQuery();
        return venues.ListAsync(team, new QueryString().Add("kind", query.Kind).Add("borough", query.Borough).Add("status", query.Status)
            .Add("overdue", query.Overdue).Add("skip", query.Skip).Add("take", query.Take), cancellationToken);
    }

    /// <summary>A restricted venue's location is null for a role that may not see it.</summary>
    public Task<VenueSnapshot> GetVenueAsync(string team, string id, CancellationToken cancellationToken = default) =>
        venues.GetAsync(team, id, cancellationToken);

    /// <summary>Creates the venue; never overwrites: an existing id answers 412.</summary>
    public Task<VenueSnapshot> CreateVenueAsync(string team, string id, VenueDefinition definition, CancellationToken cancellationToken = default) =>
        venues.CreateAsync(team, id, definition, cancellationToken);

    /// <summary>Replaces the definition if the venue is still at <paramref name="expectedVersion"/>; 412 otherwise.</summary>
    public Task<VenueSnapshot> UpdateVenueAsync(string team, string id, VenueDefinition definition, int expectedVersion, CancellationToken cancellationToken = default) =>
        venues.UpdateAsync(team, id, definition, expectedVersion, cancellationToken);

    /// <summary>Closes the venue, keeping its history; with a version, only if it is still at that version.</summary>
    public Task<VenueSnapshot> CloseVenueAsync(string team, string id, int? expectedVersion = null, CancellationToken cancellationToken = default) =>
        venues.CloseAsync(team, id, expectedVersion, cancellationToken);

    /// <summary>Creates every venue of the file, or none (a 400 names each bad feature or line).</summary>
    /// <param name="mediaType"><see cref="VenueMediaTypes.GeoJson"/> or <see cref="VenueMediaTypes.Csv"/>.</param>
    public Task<ImportResult> ImportVenuesAsync(string team, Stream content, string mediaType, CancellationToken cancellationToken = default)
    {
        var body = new StreamContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return channel.SendAsync<ImportResult>(new HttpRequestMessage(HttpMethod.Post, venues.Collection(team) + "/import") { Content = body }, cancellationToken);
    }

    /// <summary>Every venue of the team as the API's GeoJSON FeatureCollection text, ready to save or import again.</summary>
    public Task<string> ExportVenuesAsync(string team, CancellationToken cancellationToken = default) =>
        channel.SendForTextAsync(new HttpRequestMessage(HttpMethod.Get, venues.Collection(team) + "/export"), cancellationToken);

    // Workers

    public Task<Page<WorkerListItem>> ListWorkersAsync(string team, WorkerQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new WorkerQuery();
        return workers.ListAsync(team, new QueryString().Add("status", query.Status).Add("skill", query.Skill).Add("language", query.Language)
            .Add("skip", query.Skip).Add("take", query.Take), cancellationToken);
    }

    public Task<WorkerSnapshot> GetWorkerAsync(string team, string id, CancellationToken cancellationToken = default) =>
        workers.GetAsync(team, id, cancellationToken);

    public Task<WorkerSnapshot> CreateWorkerAsync(string team, string id, WorkerDefinition definition, CancellationToken cancellationToken = default) =>
        workers.CreateAsync(team, id, definition, cancellationToken);

    public Task<WorkerSnapshot> UpdateWorkerAsync(string team, string id, WorkerDefinition definition, int expectedVersion, CancellationToken cancellationToken = default) =>
        workers.UpdateAsync(team, id, definition, expectedVersion, cancellationToken);

    public Task<WorkerSnapshot> CloseWorkerAsync(string team, string id, int? expectedVersion = null, CancellationToken cancellationToken = default) =>
        workers.CloseAsync(team, id, expectedVersion, cancellationToken);

    // Fixed sessions

    public Task<Page<SessionListItem>> ListSessionsAsync(string team, SessionQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new SessionQuery();
        return sessions.ListAsync(team, new QueryString().Add("kind", query.Kind).Add("status", query.Status)
            .Add("skip", query.Skip).Add("take", query.Take), cancellationToken);
    }

    public Task<FixedSessionSnapshot> GetSessionAsync(string team, string id, CancellationToken cancellationToken = default) =>
        sessions.GetAsync(team, id, cancellationToken);

    public Task<FixedSessionSnapshot> CreateSessionAsync(string team, string id, FixedSessionDefinition definition, CancellationToken cancellationToken = default) =>
        sessions.CreateAsync(team, id, definition, cancellationToken);

    public Task<FixedSessionSnapshot> UpdateSessionAsync(string team, string id, FixedSessionDefinition definition, int expectedVersion, CancellationToken cancellationToken = default) =>
        sessions.UpdateAsync(team, id, definition, expectedVersion, cancellationToken);

    public Task<FixedSessionSnapshot> CloseSessionAsync(string team, string id, int? expectedVersion = null, CancellationToken cancellationToken = default) =>
        sessions.CloseAsync(team, id, expectedVersion, cancellationToken);

    // Rotas: one team's week, such as "2026-W51"

    /// <summary>Starts planning the week's draft; answers at once. Follow it with <see cref="WaitForPlanningAsync"/>.</summary>
    public Task<PlanningStatus> PlanRotaAsync(string team, string week, PlanRequest? request = null, CancellationToken cancellationToken = default) =>
        channel.SendAsync<PlanningStatus>(new HttpRequestMessage(HttpMethod.Post, Rota(team, week, "plan")) { Content = ApiChannel.Json(request ?? new PlanRequest()) }, cancellationToken);

    /// <summary>Re-plans the published rota from <see cref="ReplanRequest.From"/> on, after a change in the registers; answers at once.</summary>
    public Task<PlanningStatus> ReplanRotaAsync(string team, string week, ReplanRequest request, CancellationToken cancellationToken = default) =>
        channel.SendAsync<PlanningStatus>(new HttpRequestMessage(HttpMethod.Post, Rota(team, week, "replan")) { Content = ApiChannel.Json(request) }, cancellationToken);

    /// <summary>Cancels the week's queued or running plan and answers once it has stopped; 409 when none is under way.</summary>
    public Task<PlanningStatus> CancelPlanningAsync(string team, string week, CancellationToken cancellationToken = default) =>
        channel.SendAsync<PlanningStatus>(new HttpRequestMessage(HttpMethod.Post, Rota(team, week, "plan/cancel")), cancellationToken);

    public Task<PlanningStatus> GetRotaStatusAsync(string team, string week, CancellationToken cancellationToken = default) =>
        channel.SendAsync<PlanningStatus>(new HttpRequestMessage(HttpMethod.Get, Rota(team, week, "status")), cancellationToken);

    /// <summary>Asks for the status every <paramref name="interval"/> until no plan is queued or runs, and returns the last answer.</summary>
    public async Task<PlanningStatus> WaitForPlanningAsync(string team, string week, TimeSpan? interval = null, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var status = await GetRotaStatusAsync(team, week, cancellationToken);
            if (status.State is not (PlanningState.Planning or PlanningState.Queued))
            {
                return status;
            }

            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    /// <summary>The draft; its <see cref="RotaDocument.Revision"/> is what edits and publishing name.</summary>
    public Task<RotaDocument> GetDraftRotaAsync(string team, string week, CancellationToken cancellationToken = default) =>
        channel.SendAsync<RotaDocument>(new HttpRequestMessage(HttpMethod.Get, Rota(team, week, "draft")), cancellationToken);

    /// <summary>The draft as GeoJSON text: shift LineStrings and stop Points.</summary>
    public Task<string> GetDraftRotaGeoJsonAsync(string team, string week, CancellationToken cancellationToken = default) =>
        channel.SendForTextAsync(new HttpRequestMessage(HttpMethod.Get, Rota(team, week, "draft/geojson")), cancellationToken);

    /// <summary>Edits the draft if it is still at <paramref name="revision"/> (412 otherwise); an edit breaking hard rules answers 422 unless it overrides.</summary>
    public Task<RotaDocument> EditDraftRotaAsync(string team, string week, int revision, RotaEdit edit, CancellationToken cancellationToken = default) =>
        channel.SendAsync<RotaDocument>(ApiChannel.IfMatch(new HttpRequestMessage(HttpMethod.Post, Rota(team, week, "draft/edits")) { Content = ApiChannel.Json(edit) }, revision), cancellationToken);

    /// <summary>Publishes the draft at <paramref name="revision"/> as the next version, and the workers receive their shifts.</summary>
    public Task<RotaDocument> PublishRotaAsync(string team, string week, int revision, CancellationToken cancellationToken = default) =>
        channel.SendAsync<RotaDocument>(ApiChannel.IfMatch(new HttpRequestMessage(HttpMethod.Post, Rota(team, week, "publish")), revision), cancellationToken);

    /// <summary>The latest published version, as the caller may see it: a worker gets only their own shifts.</summary>
    public Task<RotaDocument> GetRotaAsync(string team, string week, CancellationToken cancellationToken = default) =>
        channel.SendAsync<RotaDocument>(new HttpRequestMessage(HttpMethod.Get, Rota(team, week, "")), cancellationToken);

    public Task<string> GetRotaGeoJsonAsync(string team, string week, CancellationToken cancellationToken = default) =>
        channel.SendForTextAsync(new HttpRequestMessage(HttpMethod.Get, Rota(team, week, "geojson")), cancellationToken);

    /// <summary>The planner's input for the week in its documented JSON form.</summary>
    public Task<string> ExportRotaInputAsync(string team, string week, CancellationToken cancellationToken = default) =>
        channel.SendForTextAsync(new HttpRequestMessage(HttpMethod.Get, Rota(team, week, "input")), cancellationToken);

    public void Dispose() => owned?.Dispose();

    private static string Rota(string team, string week, string path) =>
        $"teams/{Uri.EscapeDataString(team)}/rotas/{Uri.EscapeDataString(week)}{(path.Length > 0 ? "/" : "")}{path}";

    private static HttpClient Connect(Uri apiRoot, string token)
    {
        // Without the trailing slash, a root such as https://host/outreach would lose its last segment.
        var root = apiRoot.AbsoluteUri.EndsWith('/') ? apiRoot : new Uri(apiRoot.AbsoluteUri + "/");
        var http = new HttpClient { BaseAddress = root };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
