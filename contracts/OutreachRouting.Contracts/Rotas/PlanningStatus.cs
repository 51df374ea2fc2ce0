namespace OutreachRouting.Contracts.Rotas;

/// <summary>Where planning stands: while it runs, how long it has run and the best objective so far.</summary>
/// <param name="BestObjective">The engine's objective (travel minutes plus penalties) of the best plan so far; lower is better.</param>
/// <param name="DraftRevision">The draft's revision, once there is one.</param>
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
    string? Error);
