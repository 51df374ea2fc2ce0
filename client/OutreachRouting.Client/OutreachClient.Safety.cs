using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using OutreachRouting.Client.Http;
using OutreachRouting.Contracts.Safety;
using OutreachRouting.Json;

namespace OutreachRouting.Client;

public sealed partial class OutreachClient
{
    /// <summary>The signed-in worker's shift under way (or next) and the next check expected of them.</summary>
    public Task<LoneWorkingStatus> GetCheckInStatusAsync(string team, CancellationToken cancellationToken = default) =>
        channel.SendAsync<LoneWorkingStatus>(new HttpRequestMessage(HttpMethod.Get, Me(team, "checkin")), cancellationToken);

    /// <summary>Checks in to the shift under way, or at stop <paramref name="stopId"/> of it.</summary>
    public Task<LoneWorkingStatus> CheckInAsync(string team, string? stopId = null, CancellationToken cancellationToken = default) =>
        channel.SendAsync<LoneWorkingStatus>(
            new HttpRequestMessage(HttpMethod.Post, Me(team, "checkin")) { Content = ApiChannel.Json(new CheckIn(stopId)) }, cancellationToken);

    public Task<LoneWorkingStatus> CheckOutAsync(string team, CancellationToken cancellationToken = default) =>
        channel.SendAsync<LoneWorkingStatus>(new HttpRequestMessage(HttpMethod.Post, Me(team, "checkout")), cancellationToken);

    /// <summary>Raises the alarm: everyone is told at once, and again until a manager acknowledges.</summary>
    public Task<LoneWorkingStatus> RaiseAlarmAsync(string team, CancellationToken cancellationToken = default) =>
        channel.SendAsync<LoneWorkingStatus>(new HttpRequestMessage(HttpMethod.Post, Me(team, "alarm")), cancellationToken);

    /// <summary>The team's alerts, newest first (managers); the open ones alone with <paramref name="openOnly"/>.</summary>
    public Task<IReadOnlyList<Alert>> ListAlertsAsync(string team, bool openOnly = false, CancellationToken cancellationToken = default) =>
        channel.SendAsync<IReadOnlyList<Alert>>(
            new HttpRequestMessage(HttpMethod.Get, Alerts(team, "") + new QueryString().Add("open", openOnly ? "true" : null)), cancellationToken);

    public Task<Alert> GetAlertAsync(string team, string alertId, CancellationToken cancellationToken = default) =>
        channel.SendAsync<Alert>(new HttpRequestMessage(HttpMethod.Get, Alerts(team, Uri.EscapeDataString(alertId))), cancellationToken);

    /// <summary>The manager takes the alert on: escalation stops.</summary>
    public Task<Alert> AcknowledgeAlertAsync(string team, string alertId, CancellationToken cancellationToken = default) =>
        channel.SendAsync<Alert>(new HttpRequestMessage(HttpMethod.Post, Alerts(team, $"{Uri.EscapeDataString(alertId)}/acknowledge")), cancellationToken);

    public Task<TeamSafetySettings> GetSafetySettingsAsync(string team, CancellationToken cancellationToken = default) =>
        channel.SendAsync<TeamSafetySettings>(new HttpRequestMessage(HttpMethod.Get, Alerts(team, "settings")), cancellationToken);

    /// <param name="version">The version the change is made on (If-Match); null, no precondition.</param>
    public Task<TeamSafetySettings> UpdateSafetySettingsAsync(string team, SafetySettings settings, int? version = null, CancellationToken cancellationToken = default) =>
        channel.SendAsync<TeamSafetySettings>(
            ApiChannel.IfMatch(new HttpRequestMessage(HttpMethod.Put, Alerts(team, "settings")) { Content = ApiChannel.Json(settings) }, version), cancellationToken);

    /// <summary>What was sent to the on-call webhook, newest first, failures with their last error.</summary>
    public Task<IReadOnlyList<WebhookDelivery>> ListWebhookDeliveriesAsync(string team, CancellationToken cancellationToken = default) =>
        channel.SendAsync<IReadOnlyList<WebhookDelivery>>(new HttpRequestMessage(HttpMethod.Get, Alerts(team, "deliveries")), cancellationToken);

    /// <summary>
    /// The team's alert events as they happen (managers see all; a worker their own and their partner's): the open
    /// alerts first, unless <paramref name="lastEventId"/> resumes after an event already seen. Heartbeats are skipped.
    /// Runs until cancelled or the server closes the stream.
    /// </summary>
    public async IAsyncEnumerable<AlertEvent> FollowAlertsAsync(string team, long? lastEventId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Alerts(team, "stream"));
        if (lastEventId is { } id)
            request.Headers.Add("Last-Event-ID", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var response = await channel.SendForStreamAsync(request, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var parser = SseParser.Create(body, (type, data) =>
            type == "heartbeat" ? null : System.Text.Json.JsonSerializer.Deserialize<AlertEvent>(data, OutreachJson.Options));
        await foreach (var item in parser.EnumerateAsync(cancellationToken))
        {
            if (item.Data is { } alertEvent)
                yield return alertEvent;
        }
    }

    private static string Alerts(string team, string path) => $"teams/{Uri.EscapeDataString(team)}/alerts/{path}";
}
