using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace OutreachRouting.Hosting.Health;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>/health/live answers while the process serves requests; /health/ready once the silo has joined the cluster.</summary>
    public static IEndpointRouteBuilder MapOutreachHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
