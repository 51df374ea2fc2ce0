using System.Text;
using System.Text.Json;
using OutreachRouting.Api.Identity;
using OutreachRouting.Client;
using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Tests.Client;

[Collection(DemoApiCollection.Name)]
public sealed class OutreachClientTests(DemoApiFixture api)
{
    [PostgresFact]
    public async Task Venues_are_listed_read_created_updated_and_closed()
    {
        using var client = api.Manager();
        var camden = await client.ListVenuesAsync("clash", new VenueQuery(Kind: VenueKind.Bar, Borough: "Camden", Take: 500));
        Assert.Contains(camden.Items, v => v.Id == "cam-bar-001" && v.Name == "The Brass Kettle");
        Assert.All(camden.Items, v => Assert.Equal((VenueKind.Bar, "Camden"), (v.Kind, v.Borough)));
        Assert.Equal("The Brass Kettle", (await client.GetVenueAsync("clash", "cam-bar-001")).Definition.Name);

        var id = TestIds.New("bar");
        var created = await client.CreateVenueAsync("clash", id, Samples.Bar());
        Assert.Equal((id, "clash"), (created.Id, created.Team));
        var read = await client.GetVenueAsync("clash", id);
        Assert.Equal(created.Version, read.Version);
        Assert.Equal(Samples.Bar().AccessWindows, read.Definition.AccessWindows);

        var updated = await client.UpdateVenueAsync("clash", id, read.Definition with { Name = "The Lamb", Priority = 5 }, read.Version);
        Assert.Equal(("The Lamb", 5), (updated.Definition.Name, updated.Definition.Priority));
        Assert.True(updated.Version > read.Version);

        var closed = await client.CloseVenueAsync("clash", id, updated.Version);
        Assert.Equal(VenueStatus.Closed, closed.Definition.Status);
        Assert.Equal(VenueStatus.Closed, (await client.GetVenueAsync("clash", id)).Definition.Status);
    }

    [PostgresFact]
    public async Task An_update_from_a_stale_version_is_refused_with_412()
    {
        using var client = api.Manager();
        var id = TestIds.New("bar");
        var first = await client.CreateVenueAsync("clash", id, Samples.Bar());
        await client.UpdateVenueAsync("clash", id, Samples.Bar("Someone else's change"), first.Version);

        var stale = await Assert.ThrowsAsync<OutreachApiException>(() => client.UpdateVenueAsync("clash", id, Samples.Bar("Mine"), first.Version));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.StartsWith("412 ", stale.Message, StringComparison.Ordinal);
        Assert.Equal("Someone else's change", (await client.GetVenueAsync("clash", id)).Definition.Name);
    }

    [PostgresFact]
    public async Task Creating_an_id_that_exists_never_overwrites_it()
    {
        using var client = api.Manager();
        var refused = await Assert.ThrowsAsync<OutreachApiException>(() => client.CreateVenueAsync("clash", "cam-bar-001", Samples.Bar()));
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal("The Brass Kettle", (await client.GetVenueAsync("clash", "cam-bar-001")).Definition.Name);
    }

    [PostgresFact]
    public async Task A_broken_rule_is_refused_with_the_field_and_reason()
    {
        using var client = api.Manager();
        var inverted = Samples.Bar() with { AccessWindows = [new WeeklyWindow(DayOfWeek.Friday, new TimeOnly(17, 0), new TimeOnly(9, 0))] };

        var refused = await Assert.ThrowsAsync<OutreachApiException>(() => client.CreateVenueAsync("clash", TestIds.New("bar"), inverted));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var field = Assert.Single(refused.Errors.Keys, k => k.StartsWith("accessWindows[0]", StringComparison.Ordinal));
        Assert.NotEmpty(refused.Errors[field]);
        Assert.StartsWith("400 The request breaks one or more rules", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"{field}: {refused.Errors[field][0]}", refused.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Another_teams_venue_is_not_found()
    {
        using var client = api.Manager("clash");
        var missing = await Assert.ThrowsAsync<OutreachApiException>(() => client.GetVenueAsync("shoc", "cam-bar-001"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Not found", missing.Title);
        Assert.Contains("shoc", missing.Detail, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_worker_sees_a_restricted_venue_without_its_location()
    {
        using var worker = api.Client(OutreachRoles.Worker, "clash");
        using var manager = api.Manager();
        Assert.Null((await worker.GetVenueAsync("clash", "cam-flat-001")).Definition.Location);
        Assert.NotNull((await manager.GetVenueAsync("clash", "cam-flat-001")).Definition.Location);
    }

    [PostgresFact]
    public async Task Workers_are_listed_read_created_updated_and_closed()
    {
        using var client = api.Manager();
        var speakers = await client.ListWorkersAsync("clash", new WorkerQuery(Language: "mandarin", Take: 500));
        Assert.Contains(speakers.Items, w => w.Id == "mei-lin");
        Assert.All(speakers.Items, w => Assert.Contains("mandarin", w.Languages));

        var id = TestIds.New("worker");
        var created = await client.CreateWorkerAsync("clash", id, Samples.Worker() with { BaseVenueId = "clash-base-clinic" });
        Assert.Equal("Mei", (await client.GetWorkerAsync("clash", id)).Definition.DisplayName);
        var updated = await client.UpdateWorkerAsync("clash", id, created.Definition with { DisplayName = "Mei L." }, created.Version);
        Assert.Equal("Mei L.", updated.Definition.DisplayName);
        Assert.Equal(WorkerStatus.Left, (await client.CloseWorkerAsync("clash", id)).Definition.Status);
    }

    [PostgresFact]
    public async Task Sessions_are_listed_read_created_updated_and_closed()
    {
        using var client = api.Manager();
        var clinics = await client.ListSessionsAsync("clash", new SessionQuery(Kind: SessionKind.WalkInClinic, Take: 500));
        Assert.Contains(clinics.Items, s => s.Id == "walk-in-tuesday" && s.Slot.Day == DayOfWeek.Tuesday);
        Assert.All(clinics.Items, s => Assert.Equal(SessionKind.WalkInClinic, s.Kind));

        var id = TestIds.New("session");
        var created = await client.CreateSessionAsync("clash", id, Samples.WalkInClinic() with { VenueId = "clash-base-clinic" });
        Assert.Equal(created.Definition.Slot, (await client.GetSessionAsync("clash", id)).Definition.Slot);
        var updated = await client.UpdateSessionAsync("clash", id, created.Definition with { WorkersNeeded = 3 }, created.Version);
        Assert.Equal(3, updated.Definition.WorkersNeeded);
        Assert.Equal(SessionStatus.Closed, (await client.CloseSessionAsync("clash", id, updated.Version)).Definition.Status);
    }

    [PostgresFact]
    public async Task Venues_are_imported_from_GeoJSON_and_CSV()
    {
        using var client = api.Manager();
        string[] bars = [TestIds.New("bar"), TestIds.New("bar")];
        var fromGeoJson = await client.ImportVenuesAsync("clash", Utf8(VenueFiles.GeoJson(bars)), VenueMediaTypes.GeoJson);
        Assert.Equal(2, fromGeoJson.Imported);
        Assert.Equal(bars, fromGeoJson.Ids);

        var club = TestIds.New("club");
        var fromCsv = await client.ImportVenuesAsync("clash", Utf8(VenueFiles.Csv(club)), VenueMediaTypes.Csv);
        Assert.Equal([club], fromCsv.Ids);
        var imported = (await client.GetVenueAsync("clash", club)).Definition;
        Assert.Equal((VenueKind.Club, "Islington", 4), (imported.Kind, imported.Borough, imported.Priority));
        Assert.Equal(["portuguese", "spanish"], imported.Needs.Languages);
    }

    [PostgresFact]
    public async Task A_bad_import_stores_nothing_and_names_the_line()
    {
        using var client = api.Manager();
        var good = TestIds.New("club");
        var csv = VenueFiles.Csv(good) + VenueFiles.Csv(TestIds.New("club"), kind: "pub").Split('\n')[1];

        var refused = await Assert.ThrowsAsync<OutreachApiException>(() => client.ImportVenuesAsync("clash", Utf8(csv), VenueMediaTypes.Csv));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("line 3.kind", refused.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<OutreachApiException>(() => client.GetVenueAsync("clash", good))).StatusCode);
    }

    [PostgresFact]
    public async Task An_export_imports_into_another_team_unchanged()
    {
        using var admin = api.Client(OutreachRoles.Admin);
        var copy = TestIds.New("copy");

        var exported = await admin.ExportVenuesAsync("shoc");
        var result = await admin.ImportVenuesAsync(copy, Utf8(exported), VenueMediaTypes.GeoJson);

        var original = await admin.ListVenuesAsync("shoc", new VenueQuery(Take: 500));
        Assert.True(original.Total > 0);
        Assert.Equal(original.Total, JsonNode.Parse(exported)!["features"]!.AsArray().Count);
        Assert.Equal(original.Items.Select(v => v.Id).Order(), result.Ids.Order());
        var someVenue = original.Items[0].Id;
        Assert.Equal(Json((await admin.GetVenueAsync("shoc", someVenue)).Definition), Json((await admin.GetVenueAsync(copy, someVenue)).Definition));
    }

    private static string Json(VenueDefinition definition) => JsonSerializer.Serialize(definition, OutreachJson.Options);

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
