using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using OutreachRouting.Hosting.Health;
using OutreachRouting.Hosting.Telemetry;

namespace OutreachRouting.Hosting;

public static class OutreachClientHosting
{
    /// <summary>An Orleans client of a separate silo cluster, reached through the gateways of <see cref="OutreachOptions.Gateways"/>.</summary>
    public static IHostApplicationBuilder AddOutreachClient(this IHostApplicationBuilder builder, string serviceName)
    {
        var options = builder.AddCheckedSettings();

        // AddCheckedSettings has checked every entry.
        var gateways = options.GatewayList().Select(IPEndPoint.Parse).ToArray();
        if (gateways.Length == 0)
        {
            throw new InvalidOperationException($"{OutreachOptions.Section}:Gateways is empty: name at least one gateway, such as 127.0.0.1:30000.");
        }

        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = options.ServiceId;
            });
            client.UseStaticClustering(gateways);
            client.AddActivityPropagation();
        });
        builder.AddOutreachTelemetry(serviceName);
        builder.Services.AddHealthChecks().AddCheck<ClusterReachableHealthCheck>("cluster", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }
}
