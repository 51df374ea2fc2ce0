using System.Text.Json;
using OutreachRouting.Api.Identity;
using OutreachRouting.Client;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Rota.Planning;
using OutreachRouting.Rota.Travel;
using OutreachRouting.Rota.Validation;
using OutreachRouting.Routing;
using PlanningInput = OutreachRouting.Rota.PlanningInput;
using RotaStopKind = OutreachRouting.Contracts.Rotas.RotaStopKind;

namespace OutreachRouting.Tests.Client;

[Collection(DemoApiCollection.Name)]
public sealed class RotaClientTests(DemoApiFixture api)
{
    [PostgresFact]
    public async Task The_demo_teams_week_is_planned_published_and_read_by_a_worker_through_the_client()
    {
        const string week = "2027-W03";
        using var manager = api.Manager();
        Assert.Equal(PlanningState.Planning, (await manager.PlanRotaAsync("clash", week, new PlanRequest(Seconds: 2))).State);
        Assert.Equal(PlanningState.Done, (await manager.WaitForPlanningAsync("clash", week)).State);
        var draft = await manager.GetDraftRotaAsync("clash", week);
        Assert.True(draft.Figures.PlacedVisits > 0);
        Assert.Contains(draft.Shifts, s => s.Stops.Any(t => t.Kind == RotaStopKind.Session));

        var visit = draft.Shifts.SelectMany(s => s.Stops).First(t => t.Kind == RotaStopKind.Visit);
        var worker = draft.Shifts.First(s => s.Stops.Contains(visit)).WorkerIds[0];
        var refused = await Assert.ThrowsAsync<OutreachApiException>(() => manager.EditDraftRotaAsync("clash", week, draft.Revision,
            new RotaEdit(RotaEditKind.Move, visit.VenueId!, visit.Visit, worker, DayOfWeek.Sunday)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.NotEmpty(refused.Violations);
        Assert.Contains(refused.Violations[0], refused.Message, StringComparison.Ordinal);

        var published = await manager.PublishRotaAsync("clash", week, draft.Revision);
        Assert.Equal(1, published.Version);
        using var own = new OutreachClient(api.Server.Address, api.Server.Token(OutreachRoles.Worker, ["clash"], worker));
        var view = await own.GetRotaAsync("clash", week);
        Assert.Equal(published.Shifts.Count(s => s.WorkerIds.Contains(worker)), view.Shifts.Count);
        Assert.Equal(view.Shifts.Count, (await own.GetWorkerAsync("clash", worker)).Assignments.Count(a => a.RotaVersion == $"{week}.v1"));
        Assert.Contains("\"FeatureCollection\"", await own.GetRotaGeoJsonAsync("clash", week), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_plan_is_cancelled_through_the_client_and_cancelling_none_is_a_conflict()
    {
        const string week = "2027-W06";
        using var manager = api.Manager();
        Assert.Equal(PlanningState.Planning, (await manager.PlanRotaAsync("clash", week, new PlanRequest(Seconds: 300))).State);

        var cancelled = await manager.CancelPlanningAsync("clash", week);

        Assert.Equal((PlanningState.Cancelled, (int?)null), (cancelled.State, cancelled.DraftRevision));
        Assert.Equal(PlanningState.Cancelled, (await manager.WaitForPlanningAsync("clash", week)).State);
        var none = await Assert.ThrowsAsync<OutreachApiException>(() => manager.CancelPlanningAsync("clash", week));
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
    }

    [PostgresFact]
    public async Task The_exported_planning_input_is_planned_by_the_engine_alone_and_passes_the_validator()
    {
        using var manager = api.Manager("shoc");
        var json = await manager.ExportRotaInputAsync("shoc", "2027-W05");

        var input = JsonSerializer.Deserialize<PlanningInput>(json, OutreachJson.Options)!;
        Assert.Equal(("shoc", "2027-W05"), (input.Team, input.Week));
        Assert.NotEmpty(input.Workers);
        var travel = new StraightLineTravelTimes();
        var plan = await RotaPlanner.PlanAsync(input, travel, new SearchOptions { TimeLimit = TimeSpan.FromSeconds(1) });
        Assert.NotEmpty(plan.Rota.Shifts);
        Assert.Empty(await RotaValidator.ValidateAsync(input, plan.Rota, travel));
    }
}
