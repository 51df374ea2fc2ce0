using System.Net;
using Microsoft.Extensions.Configuration;
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
        var section = builder.Configuration.GetSection(OutreachOptions.Section);
        var options = section.Get<OutreachOptions>() ?? new OutreachOptions();
        var gateways = ParseGateways(options.Gateways);
        builder.Services.AddOptions<OutreachOptions>().Bind(section);
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

    public static IPEndPoint[] ParseGateways(string? gateways)
    {
        var endpoints = (gateways ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(g => IPEndPoint.TryParse(g, out var endpoint) && endpoint.Port != 0
                ? endpoint
                : throw new InvalidOperationException($"Orleans:Gateways holds '{g}', which is not an address:port such as 127.0.0.1:30000."))
            .ToArray();
        return endpoints.Length > 0
            ? endpoints
            : throw new InvalidOperationException("Orleans:Gateways is empty: name at least one gateway, such as 127.0.0.1:30000.");
    }
}
