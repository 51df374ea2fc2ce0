using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OutreachRouting.Api;
using OutreachRouting.Api.Identity;
using OutreachRouting.Contracts.Venues;
using OutreachRouting.Json;

namespace OutreachRouting.Benchmarks.Api;

/// <summary>
/// The real API (JWT, co-hosted silo, grain state on PostgreSQL) on a database of its own, created on the configured
/// server and dropped when disposed; its tokens are signed with a key on disk, which only a Development API trusts.
/// </summary>
public sealed class BenchmarkApi : IAsyncDisposable
{
    private readonly string server;
    private readonly string database;
    private readonly string keyPath;

    private BenchmarkApi(WebApplication app, string server, string database, string keyPath)
    {
        (App, this.server, this.database, this.keyPath) = (app, server, database, keyPath);
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    /// <param name="server">A PostgreSQL server; default ConnectionStrings__Outreach, then the local one of deploy/run.sh.</param>
    public static async Task<BenchmarkApi> StartAsync(string? server)
    {
        server ??= Environment.GetEnvironmentVariable("ConnectionStrings__Outreach") ?? "Host=127.0.0.1;Port=55432;Username=outreach;Database=outreach";
        var database = $"outreach_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        var keyPath = Path.Combine(Path.GetTempPath(), $"outreach-bench-key-{Guid.NewGuid():N}.json");
        var app = ApiHost.Build(["--environment", Environments.Development], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Urls"] = "http://127.0.0.1:0",
                ["ConnectionStrings:Outreach"] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString,
                ["Orleans:ClusterId"] = "bench",
                ["Orleans:MigrateOnStart"] = "true",
                ["Authentication:DevKeyPath"] = keyPath,
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        return new BenchmarkApi(app, server, database, keyPath);
    }

    /// <summary>A client for <paramref name="concurrency"/> callers at once, sending <paramref name="token"/> when given.</summary>
    public HttpClient Client(int concurrency, string? token)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = Address };
        if (token is not null)
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public string Token(string role, string team, string? workerId = null) =>
        DevTokens.Issue(DevSigningKey.LoadOrCreate(keyPath), workerId ?? "bench", role, [team], workerId, TimeSpan.FromHours(2));

    /// <summary>Creates venues "v0", "v1", ... through the API's GeoJSON import, as a manager would, in imports of at most 5,000.</summary>
    public static async Task ImportVenuesAsync(HttpClient manager, string team, int count, Func<int, VenueDefinition> venue)
    {
        const int MostPerImport = 5000;
        for (var first = 0; first < count; first += MostPerImport)
        {
            var features = new JsonArray();
            for (var i = first; i < Math.Min(count, first + MostPerImport); i++)
            {
                var properties = JsonSerializer.SerializeToNode(venue(i), OutreachJson.Options)!.AsObject();
                var location = properties["location"]!.DeepClone();
                properties.Remove("location");
                features.Add(new JsonObject { ["type"] = "Feature", ["id"] = $"v{i}", ["geometry"] = location, ["properties"] = properties });
            }

            var body = new StringContent(new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString(), Encoding.UTF8, "application/geo+json");
            var response = await manager.PostAsync($"teams/{team}/venues/import", body);
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"Seeding the benchmark venues failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            File.Delete(keyPath);
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await using var command = source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
