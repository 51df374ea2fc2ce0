namespace OutreachRouting.Tests.Api;

public sealed class OpenApiTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    [PostgresFact]
    public async Task The_openapi_document_describes_every_endpoint_its_schemas_and_errors()
    {
        using var http = fixture.Server.Client();
        var document = JsonNode.Parse(await http.GetStringAsync("openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();

        foreach (var resource in new[] { "venues", "workers", "sessions" })
        {
            var list = paths[$"/teams/{{team}}/{resource}"]?["get"];
            Assert.NotNull(list);
            Assert.Superset(new HashSet<string?> { "skip", "take" }, list["parameters"]!.AsArray().Select(p => (string?)p!["name"]).ToHashSet());
            Assert.NotNull(paths[$"/teams/{{team}}/{resource}/{{id}}"]?["get"]);
            Assert.NotNull(paths[$"/teams/{{team}}/{resource}/{{id}}"]?["put"]);
            Assert.NotNull(paths[$"/teams/{{team}}/{resource}/{{id}}/close"]?["post"]);
        }

        Assert.NotNull(paths["/teams/{team}/venues/import"]?["post"]);
        Assert.NotNull(paths["/teams/{team}/venues/export"]?["get"]);
        var put = paths["/teams/{team}/venues/{id}"]!["put"]!;
        foreach (var status in new[] { "200", "201", "400", "401", "403", "404", "412", "428" })
        {
            Assert.NotNull(put["responses"]![status]);
        }

        Assert.NotNull(put["security"]);
        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]);
        var schemas = document["components"]!["schemas"]!;
        Assert.Contains("street-route", schemas["VenueKind"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.NotNull(schemas["Shape"]!["properties"]!["coordinates"]);
    }

    [PostgresFact]
    public async Task The_reference_page_is_served()
    {
        using var http = fixture.Server.Client();
        var page = await http.GetAsync("reference/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("OutreachRouting API", await page.Content.ReadAsStringAsync());
    }
}
