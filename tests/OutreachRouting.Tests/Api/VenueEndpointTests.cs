using System.Net.Http.Headers;
using System.Net.Http.Json;
using OutreachRouting.Contracts.Directory;

namespace OutreachRouting.Tests.Api;

public sealed class VenueEndpointTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private static int counter;

    private ApiServer Server => fixture.Server;

    private static string NewId() => $"venue-{Interlocked.Increment(ref counter)}";

    private HttpClient Manager() => Server.Client("manager", "clash");

    [PostgresFact]
    public async Task A_venue_is_created_read_updated_with_its_etag_and_closed()
    {
        using var http = Manager();
        var id = NewId();

        var created = await http.PutAsync($"teams/clash/venues/{id}", JsonBodies.Json(JsonBodies.Bar()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.EndsWith($"/teams/clash/venues/{id}", created.Headers.Location?.ToString());

        var read = await http.GetAsync($"teams/clash/venues/{id}");
        var venue = (await read.Content.ReadFromJsonAsync<VenueSnapshot>(OutreachJson.Options))!;
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        Assert.Equal("The Lamb and Flag", venue.Definition.Name);
        Assert.Equal(Samples.Bar().Location, venue.Definition.Location);

        var update = new HttpRequestMessage(HttpMethod.Put, $"teams/clash/venues/{id}") { Content = JsonBodies.Json(JsonBodies.Bar("Renamed")) };
        update.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var updated = await http.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag?.Tag);

        var closed = await http.PostAsync($"teams/clash/venues/{id}/close", null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(VenueStatus.Closed, (await closed.Content.ReadFromJsonAsync<VenueSnapshot>(OutreachJson.Options))!.Definition.Status);
    }

    [PostgresFact]
    public async Task A_stale_etag_is_refused_with_412_and_the_newer_change_is_kept()
    {
        using var http = Manager();
        var id = NewId();
        await http.PutAsync($"teams/clash/venues/{id}", JsonBodies.Json(JsonBodies.Bar()));

        async Task<HttpResponseMessage> Update(string name)
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"teams/clash/venues/{id}") { Content = JsonBodies.Json(JsonBodies.Bar(name)) };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
            return await http.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.OK, (await Update("First editor")).StatusCode);
        var stale = await Update("Second editor");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Contains("stale", (string?)(await stale.ProblemAsync())["detail"]);
        var venue = (await http.GetFromJsonAsync<VenueSnapshot>($"teams/clash/venues/{id}", OutreachJson.Options))!;
        Assert.Equal("First editor", venue.Definition.Name);
    }

    [PostgresFact]
    public async Task Changing_an_existing_venue_needs_if_match_and_create_only_refuses_an_existing_one()
    {
        using var http = Manager();
        var id = NewId();
        await http.PutAsync($"teams/clash/venues/{id}", JsonBodies.Json(JsonBodies.Bar()));

        var blind = await http.PutAsync($"teams/clash/venues/{id}", JsonBodies.Json(JsonBodies.Bar("Blind overwrite")));
        var createOnly = new HttpRequestMessage(HttpMethod.Put, $"teams/clash/venues/{id}") { Content = JsonBodies.Json(JsonBodies.Bar("Again")) };
        createOnly.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);

        Assert.Equal(HttpStatusCode.PreconditionRequired, blind.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await http.SendAsync(createOnly)).StatusCode);
        Assert.Equal("The Lamb and Flag", (await http.GetFromJsonAsync<VenueSnapshot>($"teams/clash/venues/{id}", OutreachJson.Options))!.Definition.Name);
    }

    public static TheoryData<string, string> InvalidBodies() => new()
    {
        { "name", JsonBodies.Bar().With("name", "").ToJsonString() },
        { "kind", JsonBodies.Bar().With("kind", "pub").ToJsonString() },
        { "accessWindows[0].end", JsonBodies.Bar().With("accessWindows", JsonNode.Parse("""[{"day":"friday","start":"17:00","end":"09:00"}]""")).ToJsonString() },
        { "accessWindows[0].end", JsonBodies.Bar().With("accessWindows", JsonNode.Parse("""[{"day":"friday","start":"17:00","end":"17:00"}]""")).ToJsonString() },
        { "accessWindows", JsonBodies.Bar().With("accessWindows", new JsonArray()).ToJsonString() },
        { "accessWindows[0].start", JsonBodies.Bar().With("accessWindows", JsonNode.Parse("""[{"day":"friday","start":"25:00","end":"09:00"}]""")).ToJsonString() },
        { "location.coordinates[0]", JsonBodies.Bar().With("location", JsonNode.Parse("""{"type":"Point","coordinates":[200,51.5]}""")).ToJsonString() },
        { "location.coordinates[0]", JsonBodies.Bar().With("location", JsonNode.Parse("""{"type":"Point","coordinates":[-0.1,-91]}""")).ToJsonString() },
        { "location.coordinates[0]", JsonBodies.Bar().With("location", JsonNode.Parse("""{"type":"Point","coordinates":[1e999,51]}""")).ToJsonString() },
        { "location", JsonBodies.Bar().With("location", null).ToJsonString() },
        { "location.coordinates", JsonBodies.Bar().With("kind", "street-route").With("sensitivity", "restricted").With("location", JsonNode.Parse("""{"type":"LineString","coordinates":[[-0.1,51.5],[-0.1,51.5]]}""")).ToJsonString() },
        { "location", JsonBodies.Bar().With("kind", "street-route").With("sensitivity", "restricted").With("location", JsonNode.Parse("""{"type":"LineString","coordinates":[[-0.1,51.5]]}""")).ToJsonString() },
        { "location.coordinates", JsonBodies.Bar().With("location", JsonNode.Parse("""{"type":"Polygon","coordinates":[[[0,51],[0.01,51.01],[0.01,51],[0,51.01],[0,51]]]}""")).ToJsonString() },
        { "visitMinutes", JsonBodies.Bar().With("visitMinutes", -10).ToJsonString() },
        { "targetIntervalDays", JsonBodies.Bar().With("targetIntervalDays", -1).ToJsonString() },
        { "sensitivity", JsonBodies.Bar().With("kind", "flat-or-parlour").ToJsonString() },
        { "body", "{\"name\":" },
    };

    [PostgresTheory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Bad_input_is_a_problem_naming_the_field_and_stores_nothing(string field, string body)
    {
        using var http = Manager();
        var id = NewId();

        var response = await http.PutAsync($"teams/clash/venues/{id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(field, await response.ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"teams/clash/venues/{id}")).StatusCode);
    }

    [PostgresFact]
    public async Task Unknown_ids_malformed_ids_and_another_teams_venues_are_not_found()
    {
        using var http = Manager();
        using var other = Server.Client("manager", "shoc");
        var id = NewId();
        await http.PutAsync($"teams/clash/venues/{id}", JsonBodies.Json(JsonBodies.Bar()));

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("teams/clash/venues/never-created")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("teams/clash/venues/Not%20An%20Id")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("teams/clash/venues/never-created/close", null)).StatusCode);
        var foreign = await other.GetAsync($"teams/clash/venues/{id}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsync($"teams/clash/venues/{id}", JsonBodies.Json(JsonBodies.Bar("Hijack")))).StatusCode);
        Assert.Equal("The Lamb and Flag", (await http.GetFromJsonAsync<VenueSnapshot>($"teams/clash/venues/{id}", OutreachJson.Options))!.Definition.Name);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PutAsync("teams/clash/venues/Bad%20Id", JsonBodies.Json(JsonBodies.Bar()))).StatusCode);
    }

    [PostgresFact]
    public async Task The_list_filters_and_pages_and_refuses_unknown_filter_values()
    {
        using var http = Server.Client("manager", "filters");
        for (var i = 0; i < 3; i++)
        {
            await http.PutAsync($"teams/filters/venues/bar-{i}", JsonBodies.Json(JsonBodies.Bar($"Bar {i}")));
        }

        await http.PutAsync("teams/filters/venues/route", JsonBodies.Json(System.Text.Json.JsonSerializer.SerializeToNode(Samples.StreetRoute(), OutreachJson.Options)!));

        var bars = (await http.GetFromJsonAsync<Page<VenueListItem>>("teams/filters/venues?kind=bar&take=2", OutreachJson.Options))!;
        var secondPage = (await http.GetFromJsonAsync<Page<VenueListItem>>("teams/filters/venues?kind=bar&take=2&skip=2", OutreachJson.Options))!;
        var islington = (await http.GetFromJsonAsync<Page<VenueListItem>>("teams/filters/venues?borough=Islington", OutreachJson.Options))!;

        Assert.Equal(3, bars.Total);
        Assert.Equal(["Bar 0", "Bar 1"], bars.Items.Select(v => v.Name));
        Assert.Equal(["Bar 2"], secondPage.Items.Select(v => v.Name));
        Assert.Equal(["route"], islington.Items.Select(v => v.Id));
        Assert.Contains("kind", await (await http.GetAsync("teams/filters/venues?kind=pub")).ProblemFieldsAsync());
        Assert.Contains("status", await (await http.GetAsync("teams/filters/venues?status=open")).ProblemFieldsAsync());
    }
}
