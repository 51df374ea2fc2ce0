using System.Text.Json;
using OutreachRouting.Grains.Rotas;
using OutreachRouting.Grains.Workers;

namespace OutreachRouting.Tests.Persistence;

/// <summary>
/// Grain state stored before a property existed still loads, the property at its default. Grain storage writes
/// with the options of <see cref="OutreachJson"/>.
/// </summary>
public sealed class StoredStateCompatibilityTests
{
    [Fact]
    public void A_planner_state_stored_before_pending_deliveries_loads_with_none_pending()
    {
        var state = JsonSerializer.Deserialize<PlannerState>("""{"pins":[],"draft":null,"published":null,"publishedVersion":2}""", OutreachJson.Options)!;

        Assert.Equal(2, state.PublishedVersion);
        Assert.Empty(state.PendingDeliveries);
    }

    [Fact]
    public void A_worker_state_stored_before_rota_versions_loads_holding_none()
    {
        var state = JsonSerializer.Deserialize<WorkerState>("""{"definition":null,"version":1,"assignments":[]}""", OutreachJson.Options)!;

        Assert.Empty(state.RotaVersions);
    }
}
