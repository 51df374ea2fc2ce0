namespace OutreachRouting.Contracts.Rotas;

/// <summary>Where planning stands: while it runs, how long it has run and the best objective so far.</summary>
/// <param name="StartedAt">When the plan began to run (not when it was queued); null while queued or before any plan.</param>
/// <param name="ElapsedSeconds">How long the plan has run, or ran, from <paramref name="StartedAt"/>.</param>
/// <param name="BestObjective">The engine's objective (travel minutes plus penalties) of the best plan so far; lower is better.</param>
/// <param name="DraftRevision">The draft's revision, once there is one.</param>
/// <param name="QueuePosition">While queued, the plan's place among those waiting for cores: 1 starts next.</param>
/// <param name="Cores">The cores the plan takes, or took (its parallel searches): what it asks for within the silo's cap.</param>
/// <param name="PendingDeliveries">Workers whose grains have not yet received the published version; retried every minute.</param>
[GenerateSerializer, Immutable]
public sealed record PlanningStatus(
    string Team,
    string Week,
    PlanningState State,
    DateTimeOffset? StartedAt,
    double ElapsedSeconds,
    double? BestObjective,
    int? DraftRevision,
    int? PublishedVersion,
    string? Error,
    int? QueuePosition,
    int? Cores,
    IReadOnlyList<string> PendingDeliveries);
