namespace OutreachRouting.Rota;

/// <summary>How good a rota is, in the terms a manager and a commissioner use.</summary>
/// <param name="PriorityWeightedCoverage">Placed visits' priorities over due visits' priorities, 0 to 1.</param>
/// <param name="TravelShare">Travel minutes over shift minutes.</param>
public sealed record RotaFigures(
    int DueVisits,
    int PlacedVisits,
    double PriorityWeightedCoverage,
    double TravelMinutes,
    double ShiftMinutes,
    double TravelShare,
    IReadOnlyList<WorkerFigures> Workers);
