using Orleans.Concurrency;

namespace OutreachRouting.Contracts.Safety;

/// <summary>Posts signed webhook bodies, so that the team's grain never waits on a receiver; reports each attempt back to it.</summary>
[Alias("outreach.IWebhookSenderGrain")]
public interface IWebhookSenderGrain : IGrainWithStringKey
{
    /// <param name="body">The exact bytes signed and sent.</param>
    [OneWay, Alias("SendAsync")]
    Task SendAsync(string deliveryId, int attempt, string url, string secret, byte[] body);
}
