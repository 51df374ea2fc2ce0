using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OutreachRouting.Hosting;

namespace OutreachRouting.Tests.Infrastructure;

/// <summary>
/// A real silo host, configured exactly as the product's (OutreachSiloHosting), on a test database. Start one,
/// stop it, start another on the same database: that is a silo restart.
/// </summary>
public sealed class PostgresSilo : IAsyncDisposable
{
    private PostgresSilo(IHost host) => Host = host;

    public IHost Host { get; }

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Where Orleans clients of this silo connect.</summary>
    public string Gateway => $"127.0.0.1:{Host.Services.GetRequiredService<IConfiguration>()["Orleans:GatewayPort"]}";

    /// <param name="configure">Test settings and services, applied before the product's silo setup reads them.</param>
    public static IHost Build(string connectionString, bool migrateOnStart = true, string serviceId = "outreach-test", string? clusterId = null,
        Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Outreach"] = connectionString,
            ["Orleans:ClusterId"] = clusterId ?? $"test-{Guid.NewGuid():N}",
            ["Orleans:ServiceId"] = serviceId,
            ["Orleans:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:MigrateOnStart"] = migrateOnStart ? "true" : "false",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        configure?.Invoke(builder);
        builder.AddOutreachSilo("outreach-test-silo");
        return builder.Build();
    }

    public static async Task<PostgresSilo> StartAsync(string connectionString, string serviceId = "outreach-test", string? clusterId = null,
        Action<HostApplicationBuilder>? configure = null)
    {
        var host = Build(connectionString, serviceId: serviceId, clusterId: clusterId, configure: configure);
        await host.StartAsync();
        return new PostgresSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
