using System.Globalization;
using OutreachRouting.Client.Http;
using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Visits;

namespace OutreachRouting.Client;

public sealed partial class OutreachClient
{
    /// <summary>
    /// Records one of the signed-in worker's stops. Send a retry with the same <paramref name="idempotencyKey"/>: it
    /// answers the record stored the first time, never a second one.
    /// </summary>
    public Task<VisitRecord> RecordVisitAsync(string team, VisitReport report, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Visits(team, "")) { Content = ApiChannel.Json(report) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return channel.SendAsync<VisitRecord>(request, cancellationToken);
    }

    /// <summary>The team's records in their current versions, newest visit first (managers).</summary>
    public Task<Page<VisitRecord>> ListVisitsAsync(string team, VisitQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new VisitQuery();
        var filters = new QueryString().Add("venue", query.VenueId).Add("from", Instant(query.From)).Add("to", Instant(query.To))
            .Add("skip", query.Skip).Add("take", query.Take);
        return channel.SendAsync<Page<VisitRecord>>(new HttpRequestMessage(HttpMethod.Get, Visits(team, "") + filters), cancellationToken);
    }

    /// <summary>Every version of a record, oldest first (managers).</summary>
    public Task<IReadOnlyList<VisitRecord>> GetVisitHistoryAsync(string team, string id, CancellationToken cancellationToken = default) =>
        channel.SendAsync<IReadOnlyList<VisitRecord>>(new HttpRequestMessage(HttpMethod.Get, Visits(team, id)), cancellationToken);

    /// <summary>Stores a manager's correction as the record's next version, if it is still at <paramref name="version"/> (412 otherwise).</summary>
    public Task<VisitRecord> CorrectVisitAsync(string team, string id, int version, VisitReport report, CancellationToken cancellationToken = default) =>
        channel.SendAsync<VisitRecord>(ApiChannel.IfMatch(new HttpRequestMessage(HttpMethod.Put, Visits(team, id)) { Content = ApiChannel.Json(report) }, version), cancellationToken);

    /// <summary>Venues reported from the field as closed or moved: pending first (managers).</summary>
    public Task<IReadOnlyList<VenueReport>> ListVenueReportsAsync(string team, bool pendingOnly = false, CancellationToken cancellationToken = default) =>
        channel.SendAsync<IReadOnlyList<VenueReport>>(
            new HttpRequestMessage(HttpMethod.Get, $"teams/{Uri.EscapeDataString(team)}/venue-reports" + new QueryString().Add("pending", pendingOnly ? true : null)),
            cancellationToken);

    public Task<VenueReport> DecideVenueReportAsync(string team, string id, VenueReportDecision decision, CancellationToken cancellationToken = default) =>
        channel.SendAsync<VenueReport>(
            new HttpRequestMessage(HttpMethod.Post, $"teams/{Uri.EscapeDataString(team)}/venue-reports/{Uri.EscapeDataString(id)}/decision") { Content = ApiChannel.Json(decision) },
            cancellationToken);

    private static string Visits(string team, string id) =>
        $"teams/{Uri.EscapeDataString(team)}/visits{(id.Length > 0 ? "/" + Uri.EscapeDataString(id) : "")}";

    private static string? Instant(DateTimeOffset? at) => at?.ToString("O", CultureInfo.InvariantCulture);
}
