using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OutreachRouting.Hosting.Health;

/// <summary>For a host that is an Orleans client: ready once the cluster answers through a gateway.</summary>
internal sealed class ClusterReachableHealthCheck(IClusterClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy($"The cluster has {hosts.Count} active silo(s).");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The silo cluster does not answer.", e);
        }
    }
}
