using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using OutreachRouting.Grains.Persistence;
using OutreachRouting.Hosting.Planning;

namespace OutreachRouting.Tests.Infrastructure;

/// <summary>
/// An in-process cluster with memory grain storage (through the same JSON serializer as PostgreSQL) and a
/// clock that stands still, for grain behaviour. Tests share it, so each uses keys of its own.
/// </summary>
public sealed class InMemoryClusterFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Now);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Services.AddSingleton<TimeProvider>(Time);
            host.AddOutreachPlanning();
            host.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(o => OutreachJson.Configure(o.JsonSerializerOptions));
        });
        builder.ConfigureSilo((_, silo) => silo
            .AddMemoryGrainStorage(OutreachStorage.Name, o =>
                o.GrainStorageSerializer = new SystemTextJsonGrainStorageSerializer(Microsoft.Extensions.Options.Options.Create(JsonOptions())))
            .UseInMemoryReminderService());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private static SystemTextJsonGrainStorageSerializerOptions JsonOptions()
    {
        var options = new SystemTextJsonGrainStorageSerializerOptions();
        OutreachJson.Configure(options.JsonSerializerOptions);
        return options;
    }
}

[CollectionDefinition(Name)]
public sealed class InMemoryClusterCollection : ICollectionFixture<InMemoryClusterFixture>
{
    public const string Name = "in-memory cluster";
}
