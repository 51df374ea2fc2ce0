using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OutreachRouting.Api.Identity;

namespace OutreachRouting.Tests.Api;

public sealed class IdentityTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private ApiServer Server => fixture.Server;

    private async Task SeedAsync(string team)
    {
        using var manager = Server.Client("manager", team);
        await manager.PutAsync($"teams/{team}/venues/bar", JsonBodies.Json(JsonBodies.Bar()));
        await manager.PutAsync($"teams/{team}/venues/route", JsonBodies.Json(System.Text.Json.JsonSerializer.SerializeToNode(Samples.StreetRoute(), OutreachJson.Options)!));
        await manager.PutAsync($"teams/{team}/workers/mei", JsonBodies.Json(System.Text.Json.JsonSerializer.SerializeToNode(Samples.Worker(), OutreachJson.Options)!));
        await manager.PutAsync($"teams/{team}/workers/bo", JsonBodies.Json(System.Text.Json.JsonSerializer.SerializeToNode(Samples.Worker("Bo"), OutreachJson.Options)!));
    }

    [PostgresFact]
    public async Task Without_a_valid_token_nothing_is_answered()
    {
        await SeedAsync("ident-anon");
        using var anonymous = Server.Client();
        using var forged = Server.Client();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Server.Token("manager", ["ident-anon"])[..^4] + "AAAA");

        var response = await anonymous.GetAsync("teams/ident-anon/venues");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("teams/ident-anon/venues")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("health/live")).StatusCode);
    }

    [PostgresFact]
    public async Task A_consumer_reads_no_venue_and_no_worker()
    {
        await SeedAsync("ident-consumer");
        using var consumer = Server.Client("consumer", "ident-consumer");

        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.GetAsync("teams/ident-consumer/venues")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.GetAsync("teams/ident-consumer/venues/bar")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.GetAsync("teams/ident-consumer/venues/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.GetAsync("teams/ident-consumer/workers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.GetAsync("teams/ident-consumer/workers/mei")).StatusCode);
    }

    [PostgresFact]
    public async Task A_worker_reads_venues_without_restricted_positions_and_only_their_own_record()
    {
        await SeedAsync("ident-worker");
        using var worker = Server.WorkerClient("ident-worker", "mei");

        var route = (await worker.GetFromJsonAsync<VenueSnapshot>("teams/ident-worker/venues/route", OutreachJson.Options))!;
        var bar = (await worker.GetFromJsonAsync<VenueSnapshot>("teams/ident-worker/venues/bar", OutreachJson.Options))!;
        Assert.Null(route.Definition.Location);
        Assert.NotNull(bar.Definition.Location);
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync("teams/ident-worker/workers/mei")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync("teams/ident-worker/workers/bo")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("teams/ident-worker/workers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PutAsync("teams/ident-worker/venues/new", JsonBodies.Json(JsonBodies.Bar()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsync("teams/ident-worker/venues/bar/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync("teams/someone-else/venues")).StatusCode);
    }

    [PostgresFact]
    public async Task A_token_stops_working_once_its_worker_has_left_and_never_worked_for_one_not_on_the_register()
    {
        await SeedAsync("ident-leaver");
        using var manager = Server.Client("manager", "ident-leaver");
        using var worker = Server.WorkerClient("ident-leaver", "mei");
        using var unknown = Server.WorkerClient("ident-leaver", "nobody");
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync("teams/ident-leaver/venues/bar")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.GetAsync("teams/ident-leaver/venues/bar")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsync("teams/ident-leaver/workers/mei/close", null)).StatusCode);
        var left = Stopwatch.StartNew();
        HttpStatusCode answer;
        while ((answer = (await worker.GetAsync("teams/ident-leaver/venues/bar")).StatusCode) == HttpStatusCode.OK && left.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(200);
        Assert.Equal(HttpStatusCode.Unauthorized, answer);
        Assert.True(left.Elapsed < WorkerStanding.Kept + TimeSpan.FromSeconds(2), $"the token still worked {left.Elapsed} after its worker left");
        Assert.Equal(HttpStatusCode.Unauthorized, (await worker.GetAsync("teams/ident-leaver/workers/mei")).StatusCode);
    }

    [PostgresFact]
    public async Task A_manager_acts_on_their_own_team_only_and_an_admin_on_any()
    {
        await SeedAsync("ident-own");
        using var stranger = Server.Client("manager", "ident-other");
        using var admin = Server.Client("admin");

        var refused = await stranger.GetAsync("teams/ident-own/venues/bar");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("teams/ident-own/venues")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync("teams/ident-own/venues/bar/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("teams/ident-own/venues/bar")).StatusCode);
        Assert.NotNull((await admin.GetFromJsonAsync<VenueSnapshot>("teams/ident-own/venues/route", OutreachJson.Options))!.Definition.Location);
        Assert.Equal(VenueStatus.Active, (await admin.GetFromJsonAsync<VenueSnapshot>("teams/ident-own/venues/bar", OutreachJson.Options))!.Definition.Status);
    }
}
