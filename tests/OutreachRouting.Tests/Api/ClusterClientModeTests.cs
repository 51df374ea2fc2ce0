using System.Net.Http.Json;

namespace OutreachRouting.Tests.Api;

public sealed class ClusterClientModeTests
{
    [PostgresFact]
    public async Task Configured_with_gateways_the_api_is_a_client_of_a_separate_silo()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await PostgresSilo.StartAsync(database.ConnectionString, clusterId: "separate-silos");
        await using var api = await ApiServer.StartAsync(gateways: silo.Gateway, clusterId: "separate-silos", database: database);
        using var http = api.Client("manager", "clash");

        Assert.Equal(HttpStatusCode.Created, (await http.PutAsync("teams/clash/venues/through-gateway", JsonBodies.Json(JsonBodies.Bar("Through the gateway")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await ReadyAsync(http));

        // The state lives in the silo's cluster: the silo itself reads what came in through the API.
        var stored = await silo.Grains.GetGrain<IVenueGrain>(OutreachKeys.For("clash", "through-gateway")).GetAsync();
        Assert.Equal("Through the gateway", stored!.Definition.Name);
        Assert.Equal("Through the gateway", (await http.GetFromJsonAsync<VenueSnapshot>("teams/clash/venues/through-gateway", OutreachJson.Options))!.Definition.Name);
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM OrleansMembershipTable WHERE Status = 3"));
    }

    /// <summary>
    /// Readiness asks the cluster with a 2 s timeout; while other tests load both cores the first answer can be
    /// later than that, so the probe is asked again, as an orchestrator would, for up to 20 s.
    /// </summary>
    private static async Task<HttpStatusCode> ReadyAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var status = (await http.GetAsync("health/ready")).StatusCode;
            if (status == HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                return status;
            }

            await Task.Delay(250);
        }
    }
}
