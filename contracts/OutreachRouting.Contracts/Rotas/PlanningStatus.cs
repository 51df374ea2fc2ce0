namespace OutreachRouting.Contracts.Rotas;

/// <summary>Where planning stands: while it runs, how long it has run and the best objective so far.</summary>
/// <param name="StartedAt">When the plan began to run (not when it was queued); null while queued or before any plan.</param>
/// <param name="ElapsedSeconds">How long the plan has run, or ran, from <paramref name="StartedAt"/>.</param>
/// <param name="BestObjective">The engine's objective (travel minutes plus penalties) of the best plan so far; lower is better.</param>
/// <param name="DraftRevision">The draft's revision, once there is one.</param>
/// <param name="QueuePosition">While queued, the plan's place among those waiting for cores: 1 starts next.</param>
/// <param name="Cores">The cores the plan takes, or took (its parallel searches): what it asks for within the silo's cap.</param>
/// <param name="PendingDeliveries">Workers whose grains have not yet received the published version; retried every minute.</param>
[GenerateSerializer, Immutable, Alias("outreach.PlanningStatus")]
public sealed record PlanningStatus(
    [property: Id(0)] string Team, [property: Id(1)] string Week, [property: Id(2)] PlanningState State,
    [property: Id(3)] DateTimeOffset? StartedAt, [property: Id(4)] double ElapsedSeconds, [property: Id(5)] double? BestObjective,
    [property: Id(6)] int? DraftRevision, [property: Id(7)] int? PublishedVersion, [property: Id(8)] string? Error,
    [property: Id(9)] int? QueuePosition, [property: Id(10)] int? Cores,
    [property: Id(11)] IReadOnlyList<string> PendingDeliveries);
