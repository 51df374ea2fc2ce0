using System.Net.Http.Headers;
using System.Net.Http.Json;
using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Tests.Api;

public sealed class WorkerAndSessionEndpointTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private ApiServer Server => fixture.Server;

    private static HttpContent Body<T>(T value) => JsonBodies.Json(System.Text.Json.JsonSerializer.SerializeToNode(value, OutreachJson.Options)!);

    [PostgresFact]
    public async Task Workers_are_created_listed_filtered_updated_and_closed()
    {
        using var http = Server.Client("manager", "workers-team");
        Assert.Equal(HttpStatusCode.Created, (await http.PutAsync("teams/workers-team/workers/mei", Body(Samples.Worker("Mei")))).StatusCode);
        await http.PutAsync("teams/workers-team/workers/ana", Body(Samples.Worker("Ana") with { Skills = [WorkerSkill.HealthPromotion], Languages = ["portuguese"] }));

        var testers = (await http.GetFromJsonAsync<Page<WorkerListItem>>("teams/workers-team/workers?skill=clinic-in-a-box-testing", OutreachJson.Options))!;
        Assert.Equal(["mei"], testers.Items.Select(w => w.Id));
        Assert.Equal(["ana"], (await http.GetFromJsonAsync<Page<WorkerListItem>>("teams/workers-team/workers?language=portuguese", OutreachJson.Options))!.Items.Select(w => w.Id));

        var update = new HttpRequestMessage(HttpMethod.Put, "teams/workers-team/workers/mei") { Content = Body(Samples.Worker("Mei") with { ContractedHoursPerWeek = 20 }) };
        update.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(update)).StatusCode);
        var closed = await http.PostAsync("teams/workers-team/workers/mei/close", null);
        Assert.Equal(WorkerStatus.Left, (await closed.Content.ReadFromJsonAsync<WorkerSnapshot>(OutreachJson.Options))!.Definition.Status);
        Assert.Equal(["ana"], (await http.GetFromJsonAsync<Page<WorkerListItem>>("teams/workers-team/workers?status=active", OutreachJson.Options))!.Items.Select(w => w.Id));

        var invalid = await http.PutAsync("teams/workers-team/workers/zed", Body(Samples.Worker("") with { ContractedHoursPerWeek = -1 }));
        Assert.Equal(["contractedHoursPerWeek", "displayName"], (await invalid.ProblemFieldsAsync()).Order());
    }

    [PostgresFact]
    public async Task Fixed_sessions_are_created_listed_and_closed_and_workers_may_read_them()
    {
        using var http = Server.Client("manager", "sessions-team");
        Assert.Equal(HttpStatusCode.Created, (await http.PutAsync("teams/sessions-team/sessions/walk-in-tue", Body(Samples.WalkInClinic()))).StatusCode);
        await http.PutAsync("teams/sessions-team/sessions/van", Body(Samples.WalkInClinic() with { Name = "Find and Treat van", Kind = SessionKind.PartnerSession, Partner = "Find and Treat" }));
        await http.PostAsync("teams/sessions-team/sessions/van/close", null);

        await Server.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For("sessions-team", "mei")).CreateAsync(Samples.Worker());
        using var worker = Server.WorkerClient("sessions-team", "mei");
        var active = (await worker.GetFromJsonAsync<Page<SessionListItem>>("teams/sessions-team/sessions?status=active", OutreachJson.Options))!;
        var session = (await worker.GetFromJsonAsync<FixedSessionSnapshot>("teams/sessions-team/sessions/walk-in-tue", OutreachJson.Options))!;

        Assert.Equal(["walk-in-tue"], active.Items.Select(s => s.Id));
        Assert.Equal("Mandarin cultural mediator", session.Definition.Mediator);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PutAsync("teams/sessions-team/sessions/new", Body(Samples.WalkInClinic()))).StatusCode);
        Assert.Contains("workersNeeded", await (await http.PutAsync("teams/sessions-team/sessions/bad", Body(Samples.WalkInClinic() with { WorkersNeeded = 9 }))).ProblemFieldsAsync());
    }
}
