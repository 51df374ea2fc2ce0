using OutreachRouting.Api.Venues;
using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Registers;
using OutreachRouting.Contracts.Sessions;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Api.Demo;

/// <summary>
/// Seeds the demo teams (clash: Camden and Islington; shoc: Haringey) from deploy/demo at start-up, when
/// Demo:Seed is true. It only adds what is missing, so restarting changes nothing.
/// </summary>
public sealed class DemoSeeder(IGrainFactory grains, ILogger<DemoSeeder> logger) : IHostedService
{
    public static readonly string[] Teams = ["clash", "shoc"];

    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "demo");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var team in Teams)
        {
            var venues = await SeedVenuesAsync(team, cancellationToken);
            var workers = await SeedAsync<IWorkerGrain, WorkerDefinition, WorkerSnapshot>(team, "workers", cancellationToken);
            var sessions = await SeedAsync<IFixedSessionGrain, FixedSessionDefinition, FixedSessionSnapshot>(team, "sessions", cancellationToken);
            logger.LogInformation("Demo team {Team}: added {Venues} venues, {Workers} workers, {Sessions} fixed sessions", team, venues, workers, sessions);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<int> SeedVenuesAsync(string team, CancellationToken cancellationToken)
    {
        if ((await grains.GetGrain<ITeamDirectoryGrain>(team).ListVenuesAsync(new VenueQuery(Take: 1))).Total > 0)
        {
            return 0;
        }

        await using var file = File.OpenRead(Path.Combine(DataFolder, $"{team}.venues.geojson"));
        var (items, unreadable) = await VenueGeoJson.ReadAsync(file, cancellationToken);
        return unreadable.Count > 0
            ? throw new ValidationException(unreadable)
            : (await grains.GetGrain<IVenueImportGrain>(team).ImportAsync(items)).Count;
    }

    /// <summary>A JSON array of definitions, each with its "id".</summary>
    private async Task<int> SeedAsync<TGrain, TDefinition, TSnapshot>(string team, string register, CancellationToken cancellationToken)
        where TGrain : IRegisterGrain<TDefinition, TSnapshot>
        where TSnapshot : IRegisterSnapshot
    {
        await using var file = File.OpenRead(Path.Combine(DataFolder, $"{team}.{register}.json"));
        var entries = (await JsonNode.ParseAsync(file, cancellationToken: cancellationToken))!.AsArray();
        var added = 0;
        foreach (var entry in entries)
        {
            var grain = grains.GetGrain<TGrain>(OutreachKeys.For(team, (string)entry!["id"]!));
            if (await grain.GetAsync() is null)
            {
                await grain.CreateAsync(entry.Deserialize<TDefinition>(OutreachJson.Options)!);
                added++;
            }
        }

        return added;
    }
}
