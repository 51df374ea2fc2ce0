using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OutreachRouting.Api.Identity;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Tests.Rotas;

namespace OutreachRouting.Tests.Api;

/// <summary>A week planned, edited, published and re-plan through the HTTP API on PostgreSQL, as each role sees it.</summary>
public sealed class RotaEndpointTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private const string Team = "rota-api";

    // Next week, so that the assignments it publishes are current: they grant the workers restricted positions.
    private static readonly DateOnly Monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(
        ISOWeek.GetYear(DateTime.UtcNow.AddDays(7)), ISOWeek.GetWeekOfYear(DateTime.UtcNow.AddDays(7)), DayOfWeek.Monday));
    private static readonly DateOnly Wednesday = Monday.AddDays(2);
    private static readonly string Rota = $"teams/rota-api/rotas/{OutreachKeys.WeekOf(Monday)}";
    private ApiServer Server => fixture.Server;

    private static HttpContent Body<T>(T value) => JsonBodies.Json(JsonSerializer.SerializeToNode(value, OutreachJson.Options)!);

    [PostgresFact]
    public async Task A_manager_plans_edits_publishes_and_replans_and_each_role_sees_its_part()
    {
        await RotaTeam.CreateAsync(Server.Grains, Team);
        using var manager = Server.Client(OutreachRoles.Manager, Team);
        using var bo = Server.WorkerClient(Team, "bo");
        using var ana = Server.WorkerClient(Team, "ana");
        using var consumer = Server.Client(OutreachRoles.Consumer, Team);

        Assert.Equal(HttpStatusCode.Forbidden, (await bo.PostAsync($"{Rota}/plan", Body(new PlanRequest(1)))).StatusCode);
        Assert.Equal(["week"], await (await manager.PostAsync("teams/rota-api/rotas/2026-W60/plan", Body(new PlanRequest(1)))).ProblemFieldsAsync());
        Assert.Equal(["seconds"], await (await manager.PostAsync($"{Rota}/plan", Body(new PlanRequest(0)))).ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"{Rota}/draft")).StatusCode);

        // A plan long enough to be surely running when the second is asked for, however loaded the machine.
        var started = await manager.PostAsync($"{Rota}/plan", Body(new PlanRequest(Seconds: 120)));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.EndsWith($"{Rota}/status", started.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsync($"{Rota}/plan", Body(new PlanRequest(1)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsync($"{Rota}/plan/cancel", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await manager.PostAsync($"{Rota}/plan", Body(new PlanRequest(Seconds: 1.5, Seed: 2)))).StatusCode);
        Assert.Equal(PlanningState.Done, (await WaitAsync(manager)).State);

        var draftAnswer = await manager.GetAsync($"{Rota}/draft");
        var draft = (await draftAnswer.Content.ReadFromJsonAsync<RotaDocument>(OutreachJson.Options))!;
        Assert.Equal($"\"{draft.Revision}\"", draftAnswer.Headers.ETag!.Tag);

        // An edit without the revision it was made on is refused; one that breaks a rule is refused naming it, then kept by override.
        var stop = draft.Shifts.SelectMany(s => s.Stops).First(t => t.Kind == RotaStopKind.Visit && t.VenueId != "route");
        var offDay = new RotaEdit(RotaEditKind.Pin, stop.VenueId!, stop.Visit, "ana", DayOfWeek.Sunday);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await manager.PostAsync($"{Rota}/draft/edits", Body(offDay))).StatusCode);
        var refused = await manager.SendAsync(Revised(HttpMethod.Post, $"{Rota}/draft/edits", draft.Revision, Body(offDay)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Contains(problem["violations"]!.AsArray(), v => (string?)v!["rule"] == "availability" && (string?)v["workerId"] == "ana"
            && (string?)v["shiftId"] == "sun/ana" && ((string)v["message"]!).Contains("Ana", StringComparison.Ordinal));
        var kept = await manager.SendAsync(Revised(HttpMethod.Post, $"{Rota}/draft/edits", draft.Revision, Body(offDay with { Override = true })));
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        var edited = (await kept.Content.ReadFromJsonAsync<RotaDocument>(OutreachJson.Options))!;
        Assert.Contains(Assert.Single(edited.Overrides).Violations, v => v is { Rule: RotaRule.Availability, WorkerId: "ana", ShiftId: "sun/ana" });
        Assert.Equal("test-manager", Assert.Single(edited.Overrides).By);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await manager.SendAsync(Revised(HttpMethod.Post, $"{Rota}/publish", draft.Revision))).StatusCode);

        var map = await manager.GetAsync($"{Rota}/draft/geojson");
        Assert.Equal("application/geo+json", map.Content.Headers.ContentType!.MediaType);
        var features = JsonNode.Parse(await map.Content.ReadAsStringAsync())!["features"]!.AsArray();
        Assert.Equal(edited.Shifts.Count, features.Count(f => (string?)f!["geometry"]?["type"] == "LineString"));
        Assert.Equal(edited.Shifts.Sum(s => s.Stops.Count), features.Count(f => (string?)f!["properties"]!["feature"] == "stop"));

        var published = await manager.SendAsync(Revised(HttpMethod.Post, $"{Rota}/publish", edited.Revision));
        Assert.Equal(1, (await published.Content.ReadFromJsonAsync<RotaDocument>(OutreachJson.Options))!.Version);

        // A worker sees their own shifts, the restricted street route they walk among them; a consumer sees no rota.
        var bosView = (await bo.GetFromJsonAsync<RotaDocument>(Rota, OutreachJson.Options))!;
        Assert.NotEmpty(bosView.Shifts);
        Assert.All(bosView.Shifts, s => Assert.Contains("bo", s.WorkerIds));
        Assert.Empty(bosView.Unplaced);
        Assert.Equal(["bo"], bosView.Figures.Workers.Select(w => w.WorkerId));
        var bosMap = JsonNode.Parse(await bo.GetStringAsync($"{Rota}/geojson"))!["features"]!.AsArray();
        Assert.Contains(bosMap, f => (string?)f!["properties"]!["venueId"] == "route" && f["geometry"] is not null);
        var anasMap = JsonNode.Parse(await ana.GetStringAsync($"{Rota}/geojson"))!["features"]!.AsArray();
        Assert.DoesNotContain(anasMap, f => (string?)f!["properties"]!["venueId"] == "route");
        Assert.NotNull((await bo.GetFromJsonAsync<VenueSnapshot>($"teams/{Team}/venues/route", OutreachJson.Options))!.Definition.Location);
        Assert.Null((await ana.GetFromJsonAsync<VenueSnapshot>($"teams/{Team}/venues/route", OutreachJson.Options))!.Definition.Location);
        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.GetAsync(Rota)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.GetAsync($"{Rota}/draft")).StatusCode);

        // Bo falls sick from Wednesday: the re-plan moves Bo's later visits and says so.
        var worker = await manager.GetAsync($"teams/{Team}/workers/bo");
        var definition = (await worker.Content.ReadFromJsonAsync<WorkerSnapshot>(OutreachJson.Options))!.Definition;
        var sick = new HttpRequestMessage(HttpMethod.Put, $"teams/{Team}/workers/bo")
        {
            Content = Body(definition with { Absences = [new Absence(Wednesday, Wednesday.AddDays(4), AbsenceKind.Sickness)] }),
        };
        sick.Headers.IfMatch.Add(worker.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await manager.SendAsync(sick)).StatusCode);
        Assert.Equal(["from"], await (await manager.PostAsync($"{Rota}/replan", Body(new ReplanRequest(Monday.AddDays(14), [])))).ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.Accepted, (await manager.PostAsync($"{Rota}/replan", Body(new ReplanRequest(Wednesday, [], Seconds: 1.5)))).StatusCode);
        Assert.Equal(PlanningState.Done, (await WaitAsync(manager)).State);
        var replanned = (await manager.GetFromJsonAsync<RotaDocument>($"{Rota}/draft", OutreachJson.Options))!;
        Assert.Contains(replanned.Changes, c => c.VenueId == "route");
        Assert.DoesNotContain(replanned.Shifts, s => DateOnly.FromDateTime(s.Start.DateTime) >= Wednesday && s.WorkerIds.Contains("bo"));

        var input = JsonNode.Parse(await manager.GetStringAsync($"{Rota}/input"))!;
        Assert.Equal(Team, (string?)input["team"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await bo.GetAsync($"{Rota}/input")).StatusCode);
    }

    [PostgresFact]
    public async Task A_manager_cancels_a_running_plan_and_cancelling_when_none_runs_is_a_conflict()
    {
        const string team = "rota-cancel";
        var rota = $"teams/{team}/rotas/{OutreachKeys.WeekOf(Monday)}";
        await RotaTeam.CreateAsync(Server.Grains, team);
        using var manager = Server.Client(OutreachRoles.Manager, team);
        using var bo = Server.WorkerClient(team, "bo");

        var nothing = await manager.PostAsync($"{rota}/plan/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, nothing.StatusCode);
        Assert.Equal("application/problem+json", nothing.Content.Headers.ContentType!.MediaType);
        Assert.Contains("nothing to cancel", (string)JsonNode.Parse(await nothing.Content.ReadAsStringAsync())!["detail"]!, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Accepted, (await manager.PostAsync($"{rota}/plan", Body(new PlanRequest(Seconds: 300)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bo.PostAsync($"{rota}/plan/cancel", null)).StatusCode);
        var cancelled = await manager.PostAsync($"{rota}/plan/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(PlanningState.Cancelled, (await cancelled.Content.ReadFromJsonAsync<PlanningStatus>(OutreachJson.Options))!.State);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"{rota}/draft")).StatusCode);
    }

    private static HttpRequestMessage Revised(HttpMethod method, string uri, int revision, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{revision}\""));
        return request;
    }

    private static async Task<PlanningStatus> WaitAsync(HttpClient manager)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var status = (await manager.GetFromJsonAsync<PlanningStatus>($"{Rota}/status", OutreachJson.Options))!;
            if (status.State is not (PlanningState.Planning or PlanningState.Queued) || DateTime.UtcNow > deadline)
            {
                return status;
            }

            await Task.Delay(100);
        }
    }
}
