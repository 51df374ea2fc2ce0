using System.Net.Http.Json;
using System.Text;
using OutreachRouting.Contracts.Directory;

namespace OutreachRouting.Tests.Api;

public sealed class ImportExportTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private ApiServer Server => fixture.Server;

    private static JsonObject Feature(string id, JsonObject properties, string geometry = """{"type":"Point","coordinates":[-0.1426,51.539]}""")
    {
        properties.Remove("location");
        return new JsonObject { ["type"] = "Feature", ["id"] = id, ["geometry"] = JsonNode.Parse(geometry), ["properties"] = properties };
    }

    private static StringContent GeoJson(params JsonObject[] features) =>
        new(new JsonObject { ["type"] = "FeatureCollection", ["features"] = new JsonArray(features) }.ToJsonString(), Encoding.UTF8, "application/geo+json");

    private const string CsvHeader = "id,name,kind,borough,longitude,latitude,wkt,access_windows,visit_minutes,target_interval_days,priority,testing_kit,languages,women_only,pair_required,sensitivity\n";

    private static StringContent Csv(string rows) => new(CsvHeader + rows, Encoding.UTF8, "text/csv");

    private async Task<int> CountAsync(HttpClient http, string team) =>
        (await http.GetFromJsonAsync<Page<VenueListItem>>($"teams/{team}/venues", OutreachJson.Options))!.Total;

    [PostgresFact]
    public async Task A_geojson_import_creates_every_venue()
    {
        using var http = Server.Client("manager", "import-ok");

        var response = await http.PostAsync("teams/import-ok/venues/import", GeoJson(
            Feature("bar-one", JsonBodies.Bar("Bar one")),
            Feature("route-one", System.Text.Json.JsonSerializer.SerializeToNode(Samples.StreetRoute(), OutreachJson.Options)!.AsObject(),
                """{"type":"LineString","coordinates":[[-0.118,51.533],[-0.118,51.541]]}""")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["bar-one", "route-one"], (await response.Content.ReadFromJsonAsync<ImportResult>(OutreachJson.Options))!.Ids);
        var route = (await http.GetFromJsonAsync<VenueSnapshot>("teams/import-ok/venues/route-one", OutreachJson.Options))!;
        Assert.Equal(Contracts.Geography.ShapeKind.LineString, route.Definition.Location!.Kind);
        Assert.Equal(12, route.ServiceMinutes);
    }

    [PostgresFact]
    public async Task One_bad_feature_rejects_the_whole_file_naming_it_and_nothing_is_written()
    {
        using var http = Server.Client("manager", "import-bad");
        await http.PutAsync("teams/import-bad/venues/existing", JsonBodies.Json(JsonBodies.Bar("Existing")));

        var response = await http.PostAsync("teams/import-bad/venues/import", GeoJson(
            Feature("good-one", JsonBodies.Bar("Good")),
            Feature("bad-kind", JsonBodies.Bar("Bad kind").With("kind", "pub")),
            Feature("bad-window", JsonBodies.Bar("Bad window").With("accessWindows", JsonNode.Parse("""[{"day":"monday","start":"12:00","end":"11:00"}]"""))),
            Feature("good-one", JsonBodies.Bar("Duplicate")),
            Feature("existing", JsonBodies.Bar("Clash with stored"))));

        // Every problem of the file at once: unreadable, breaking a rule, duplicated in the file, clashing with what is stored.
        Assert.Equal(
            ["features[1].properties.kind", "features[2].accessWindows[0].end", "features[3].id", "features[4].id"],
            (await response.ProblemFieldsAsync()).Order());
        Assert.Equal(1, await CountAsync(http, "import-bad"));
        Assert.Equal("Existing", (await http.GetFromJsonAsync<VenueSnapshot>("teams/import-bad/venues/existing", OutreachJson.Options))!.Definition.Name);
    }

    [PostgresFact]
    public async Task A_csv_import_reads_points_lines_windows_and_needs()
    {
        using var http = Server.Client("manager", "import-csv");

        var response = await http.PostAsync("teams/import-csv/venues/import", Csv(
            "csv-bar,Canal Bar,bar,Camden,-0.1426,51.539,,\"fri 22:00-03:00+1; sat 21:00-02:00+1\",45,14,3,true,mandarin; thai,false,false,public\n" +
            "csv-route,Night walk,street-route,Islington,,,\"LINESTRING (-0.118 51.533, -0.118 51.541)\",thu 22:00-01:00+1,0,7,5,false,,false,true,restricted\n"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bar = (await http.GetFromJsonAsync<VenueSnapshot>("teams/import-csv/venues/csv-bar", OutreachJson.Options))!;
        Assert.Equal(2, bar.Definition.AccessWindows.Count);
        Assert.True(bar.Definition.AccessWindows[0].EndsNextDay);
        Assert.Equal(["mandarin", "thai"], bar.Definition.Needs.Languages);
        Assert.True(bar.Definition.Needs.TestingKit);
        var route = (await http.GetFromJsonAsync<VenueSnapshot>("teams/import-csv/venues/csv-route", OutreachJson.Options))!;
        Assert.True(route.Definition.Needs.PairRequired);
        Assert.Equal(VenueKind.StreetRoute, route.Definition.Kind);
    }

    [PostgresFact]
    public async Task A_bad_csv_row_names_its_line_and_column_and_nothing_is_written()
    {
        using var http = Server.Client("manager", "import-csv-bad");

        var response = await http.PostAsync("teams/import-csv-bad/venues/import", Csv(
            "ok-bar,Canal Bar,bar,Camden,-0.1426,51.539,,fri 22:00-03:00+1,45,14,3,false,,false,false,public\n" +
            "bad-bar,Bad Bar,bar,Camden,-0.1426,51.539,,fri 22:00-03:00,45,14,3,false,,false,false,public\n" +
            "worse,Worse,pub,Camden,abc,51.5,,someday 10:00-12:00,45,14,3,maybe,,false,false,public\n"));

        var fields = await response.ProblemFieldsAsync();
        Assert.Contains("line 3.accessWindows[0].end", fields);
        Assert.Contains("line 4.kind", fields);
        Assert.Contains("line 4.longitude", fields);
        Assert.Contains("line 4.access_windows", fields);
        Assert.Contains("line 4.testing_kit", fields);
        Assert.Equal(0, await CountAsync(http, "import-csv-bad"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await http.PostAsync("teams/import-csv-bad/venues/import", new StringContent("x", Encoding.UTF8, "text/plain"))).StatusCode);
        Assert.Contains("header", await (await http.PostAsync("teams/import-csv-bad/venues/import", new StringContent("id,name\n", Encoding.UTF8, "text/csv"))).ProblemFieldsAsync());
    }

    [PostgresFact]
    public async Task Export_is_geojson_that_imports_again_and_withholds_restricted_positions_from_workers()
    {
        using var manager = Server.Client("manager", "export-a", "export-b");
        await manager.PutAsync("teams/export-a/venues/bar", JsonBodies.Json(JsonBodies.Bar()));
        await manager.PutAsync("teams/export-a/venues/route", JsonBodies.Json(System.Text.Json.JsonSerializer.SerializeToNode(Samples.StreetRoute(), OutreachJson.Options)!));

        var export = await manager.GetAsync("teams/export-a/venues/export");
        Assert.Equal("application/geo+json", export.Content.Headers.ContentType?.MediaType);
        var collection = JsonNode.Parse(await export.Content.ReadAsStringAsync())!;
        Assert.Equal("FeatureCollection", (string?)collection["type"]);
        Assert.All(collection["features"]!.AsArray(), f => Assert.NotNull(f!["geometry"]));

        var reimport = await manager.PostAsync("teams/export-b/venues/import", new StringContent(collection.ToJsonString(), Encoding.UTF8, "application/geo+json"));
        Assert.Equal(HttpStatusCode.OK, reimport.StatusCode);
        var copied = (await manager.GetFromJsonAsync<VenueSnapshot>("teams/export-b/venues/route", OutreachJson.Options))!;
        Assert.Equal(Samples.StreetRoute().Location, copied.Definition.Location);
        Assert.Equal(Samples.StreetRoute().AccessWindows, copied.Definition.AccessWindows);

        await Server.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For("export-a", "mei")).CreateAsync(Samples.Worker());
        using var worker = Server.WorkerClient("export-a", "mei");
        var seen = JsonNode.Parse(await worker.GetStringAsync("teams/export-a/venues/export"))!["features"]!.AsArray();
        Assert.Null(seen.Single(f => (string?)f!["id"] == "route")!["geometry"]);
        Assert.NotNull(seen.Single(f => (string?)f!["id"] == "bar")!["geometry"]);
    }
}
