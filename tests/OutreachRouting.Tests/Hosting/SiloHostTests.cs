using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OutreachRouting.Hosting.Health;

namespace OutreachRouting.Tests.Hosting;

public sealed class SiloHostTests
{
    [PostgresFact]
    public async Task The_silo_is_ready_only_once_it_has_joined_the_cluster()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var host = PostgresSilo.Build(database.ConnectionString);
        var health = host.Services.GetRequiredService<HealthCheckService>();
        static bool Ready(HealthCheckRegistration r) => r.Tags.Contains(HealthEndpoints.ReadyTag);

        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync(Ready)).Status);
        await host.StartAsync();
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(Ready)).Status);
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM OrleansMembershipTable WHERE Status = 3"));
        await host.StopAsync();
    }

    [PostgresTheory]
    [InlineData("0")]
    [InlineData("100000")]
    public async Task A_planning_cap_outside_the_machines_cores_stops_the_silo_before_it_touches_the_database(string cores)
    {
        await using var database = await TestDatabase.CreateAsync();
        using var host = PostgresSilo.Build(database.ConnectionString, configure: b => b.Configuration["Planning:MaxConcurrentCores"] = cores);

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Planning:MaxConcurrentCores must be from 1 to the machine's", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'orleansmembershiptable'"));
    }

    [PostgresFact]
    public async Task Two_silos_form_one_cluster_and_a_stopped_one_is_marked_dead()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var first = await PostgresSilo.StartAsync(database.ConnectionString, clusterId: "two-silos");
        await using (var second = await PostgresSilo.StartAsync(database.ConnectionString, clusterId: "two-silos"))
        {
            Assert.Equal(2, await database.ScalarAsync<long>("SELECT count(*) FROM OrleansMembershipTable WHERE Status = 3"));

            // A grain written through one silo reads the same through the other: one cluster, one directory.
            await first.Grains.GetGrain<OutreachRouting.Contracts.Venues.IVenueGrain>("clash/shared").CreateAsync(Samples.Bar("Shared"));
            Assert.Equal("Shared", (await second.Grains.GetGrain<OutreachRouting.Contracts.Venues.IVenueGrain>("clash/shared").GetAsync())!.Definition.Name);
        }

        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM OrleansMembershipTable WHERE Status = 3"));
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM OrleansMembershipTable WHERE Status = 6"));
        Assert.True(await database.ScalarAsync<int>("SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = 'two-silos'") >= 4);
    }

    [PostgresFact]
    public async Task Reminders_are_kept_in_PostgreSQL_across_a_restart()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var silo = await PostgresSilo.StartAsync(database.ConnectionString))
        {
            var probe = silo.Grains.GetGrain<IReminderProbeGrain>("clash/probe");
            await probe.RegisterAsync("daily-check", TimeSpan.FromDays(1));
            await probe.RegisterAsync("weekly-check", TimeSpan.FromDays(7));
        }

        Assert.Equal(2, await database.ScalarAsync<long>("SELECT count(*) FROM OrleansRemindersTable"));

        await using (var silo = await PostgresSilo.StartAsync(database.ConnectionString))
        {
            var probe = silo.Grains.GetGrain<IReminderProbeGrain>("clash/probe");
            Assert.Equal(["daily-check", "weekly-check"], await probe.ListAsync());
            await probe.UnregisterAsync("daily-check");
            Assert.Equal(["weekly-check"], await probe.ListAsync());
        }

        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM OrleansRemindersTable"));
    }
}
