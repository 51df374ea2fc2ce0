namespace OutreachRouting.Contracts.Rotas;

[GenerateSerializer, Immutable, Alias("outreach.WorkerFigures")]
public sealed record WorkerFigures([property: Id(0)] string WorkerId, [property: Id(1)] double Hours, [property: Id(2)] double ContractedHours, [property: Id(3)] int Shifts, [property: Id(4)] int NightShifts);
