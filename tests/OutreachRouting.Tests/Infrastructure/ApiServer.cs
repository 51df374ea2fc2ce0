using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OutreachRouting.Api;
using OutreachRouting.Api.Identity;

namespace OutreachRouting.Tests.Infrastructure;

/// <summary>
/// The real API, co-hosting its silo, on a fresh database and a free loopback port, running as Development with a
/// development signing key of its own. Tokens for any role come from <see cref="Token"/>.
/// </summary>
public sealed class ApiServer : IAsyncDisposable
{
    private readonly TestDatabase database;
    private readonly bool ownsDatabase;

    private ApiServer(WebApplication app, TestDatabase database, bool ownsDatabase, string keyPath, Uri address)
    {
        App = app;
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        KeyPath = keyPath;
        Address = address;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public TestDatabase Database => database;

    /// <summary>The development signing key the API trusts.</summary>
    public string KeyPath { get; }

    public IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    /// <param name="gateways">When set, the API runs as an Orleans client of that silo cluster (with <paramref name="clusterId"/>).</param>
    /// <param name="time">The clock of the API and its silo, instead of the system's.</param>
    public static async Task<ApiServer> StartAsync(
        bool seedDemo = false, string? gateways = null, string? clusterId = null, TestDatabase? database = null, TimeProvider? time = null)
    {
        var ownsDatabase = database is null;
        database ??= await TestDatabase.CreateAsync();
        var keyPath = Path.Combine(Path.GetTempPath(), $"outreach-test-key-{Guid.NewGuid():N}.json");
        // Explicitly Development, whatever the test run's environment: only there does the API trust a key on disk.
        var app = ApiHost.Build(["--environment", Environments.Development], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Urls"] = "http://127.0.0.1:0",
                ["ConnectionStrings:Outreach"] = database.ConnectionString,
                ["Orleans:ClusterId"] = clusterId ?? $"api-test-{Guid.NewGuid():N}",
                ["Orleans:ServiceId"] = "outreach-test",
                ["Orleans:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Orleans:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Orleans:MigrateOnStart"] = "true",
                ["Orleans:Gateways"] = gateways,
                ["Authentication:DevKeyPath"] = keyPath,
                ["Demo:Seed"] = seedDemo ? "true" : "false",
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            if (time is not null)
                builder.Services.AddSingleton(time);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiServer(app, database, ownsDatabase, keyPath, new Uri(address));
    }

    public string Token(string role, string[] teams, string? workerId = null) =>
        DevTokens.Issue(DevSigningKey.LoadOrCreate(KeyPath), $"test-{role}", role, teams, workerId, TimeSpan.FromHours(1));

    public HttpClient Client(string? role = null, params string[] teams)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(role, teams));
        }

        return client;
    }

    public HttpClient WorkerClient(string team, string workerId)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(OutreachRoles.Worker, [team], workerId));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (ownsDatabase)
        {
            await database.DisposeAsync();
        }

        File.Delete(KeyPath);
    }
}
