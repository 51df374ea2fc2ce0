using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OutreachRouting.Hosting.Health;

/// <summary>Ready only once this silo is an active member of the cluster (it has joined, and is not shutting down).</summary>
internal sealed class SiloReadyHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"Silo {silo.SiloAddress} is active in cluster.")
            : HealthCheckResult.Unhealthy($"Silo {silo.SiloAddress} is {status}, not yet an active member of the cluster."));
    }
}
