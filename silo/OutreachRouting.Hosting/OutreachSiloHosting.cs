using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using OutreachRouting.Grains.Persistence;
using OutreachRouting.Grains.Safety;
using OutreachRouting.Hosting.Database;
using OutreachRouting.Hosting.Health;
using OutreachRouting.Hosting.Planning;
using OutreachRouting.Hosting.Telemetry;
using OutreachRouting.Hosting.Travel;
using OutreachRouting.Json;

namespace OutreachRouting.Hosting;

public static class OutreachSiloHosting
{
    /// <summary>The ADO.NET invariant name of Npgsql, which Orleans' providers load by.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>
    /// An Orleans silo on PostgreSQL: ADO.NET clustering, grain storage and reminders, the schema gate before it
    /// starts, the cap on planning's cores, OpenTelemetry, and a readiness check that passes once the silo has joined the cluster.
    /// </summary>
    public static IHostApplicationBuilder AddOutreachSilo(this IHostApplicationBuilder builder, string serviceName = "outreach-silo")
    {
        var configured = builder.Configuration.GetConnectionString(OutreachOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings:{OutreachOptions.ConnectionStringName} (environment ConnectionStrings__{OutreachOptions.ConnectionStringName}), or start with deploy/run.sh, which sets up a local PostgreSQL.");
        }

        var connectionString = OutreachConnectionString.WithDefaults(configured);

        var options = builder.AddCheckedSettings();
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddOutreachTravelTimes(builder.Configuration);

        // A webhook answers where it was set up to: a redirect elsewhere is a failed delivery, not a hop to follow.
        builder.Services.AddHttpClient(WebhookSenderGrain.ClientName, c => c.DefaultRequestHeaders.UserAgent.ParseAdd("OutreachRouting-Webhooks/1"))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.AddOutreachPlanning();

        // Registered before the silo, so that it runs (and can stop the host) before the silo starts.
        builder.Services.AddHostedService<SchemaGate>();
        builder.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(o => OutreachJson.Configure(o.JsonSerializerOptions));

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = options.ServiceId;
            });
            // AddCheckedSettings has checked the address.
            silo.ConfigureEndpoints(IPAddress.Parse(options.AdvertisedAddress), options.SiloPort, options.GatewayPort);
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = connectionString;
            });
            silo.AddAdoNetGrainStorage(OutreachStorage.Name, (OptionsBuilder<AdoNetGrainStorageOptions> storage) =>
                storage.Configure<IServiceProvider>((o, services) =>
                {
                    o.Invariant = Invariant;
                    o.ConnectionString = connectionString;
                    o.GrainStorageSerializer = ActivatorUtilities.CreateInstance<SystemTextJsonGrainStorageSerializer>(services);
                }));
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = connectionString;
            });
            silo.AddActivityPropagation();
        });

        builder.AddOutreachTelemetry(serviceName);
        builder.Services.AddHealthChecks().AddCheck<SiloReadyHealthCheck>("silo", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }
}
