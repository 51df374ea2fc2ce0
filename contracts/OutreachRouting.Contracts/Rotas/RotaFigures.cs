namespace OutreachRouting.Contracts.Rotas;

/// <param name="PriorityWeightedCoverage">Placed visits' priorities over due visits' priorities, 0 to 1.</param>
/// <param name="TravelShare">Travel minutes over shift minutes.</param>
[GenerateSerializer, Immutable]
public sealed record RotaFigures(
    int DueVisits,
    int PlacedVisits,
    double PriorityWeightedCoverage,
    double TravelMinutes,
    double ShiftMinutes,
    double TravelShare,
    IReadOnlyList<WorkerFigures> Workers);
