namespace OutreachRouting.Contracts.Rotas;

/// <param name="PriorityWeightedCoverage">Placed visits' priorities over due visits' priorities, 0 to 1.</param>
/// <param name="TravelShare">Travel minutes over shift minutes.</param>
[GenerateSerializer, Immutable, Alias("outreach.RotaFigures")]
public sealed record RotaFigures(
    [property: Id(0)] int DueVisits, [property: Id(1)] int PlacedVisits, [property: Id(2)] double PriorityWeightedCoverage,
    [property: Id(3)] double TravelMinutes, [property: Id(4)] double ShiftMinutes, [property: Id(5)] double TravelShare,
    [property: Id(6)] IReadOnlyList<WorkerFigures> Workers);
