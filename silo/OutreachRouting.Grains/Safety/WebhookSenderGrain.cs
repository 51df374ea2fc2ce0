using System.Net.Http.Headers;
using Orleans.Concurrency;
using OutreachRouting.Contracts.Safety;

namespace OutreachRouting.Grains.Safety;

/// <summary>Posts a team's webhook bodies, each call on its own (a slow receiver holds up no other), and reports back.</summary>
[StatelessWorker, Reentrant]
public sealed class WebhookSenderGrain(IHttpClientFactory clients) : Grain, IWebhookSenderGrain
{
    public const string ClientName = "outreach-webhooks";

    /// <summary>Shorter than the first retry's wait, so that an attempt is over before the next is due.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(8);

    public async Task SendAsync(string deliveryId, int attempt, string url, string secret, byte[] body)
    {
        string? error;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, body));
            request.Headers.Add(WebhookSignature.DeliveryHeader, deliveryId);
            using var timeout = new CancellationTokenSource(Timeout);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            error = response.IsSuccessStatusCode ? null : $"the receiver answered {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (OperationCanceledException)
        {
            error = $"the receiver did not answer within {Timeout.TotalSeconds:0} s";
        }
        catch (HttpRequestException e)
        {
            error = $"could not reach the receiver: {e.Message}";
        }

        await GrainFactory.GetGrain<ITeamSafetyGrain>(this.GetPrimaryKeyString()).ReportDeliveryAsync(deliveryId, attempt, error);
    }
}
