namespace OutreachRouting.Contracts.Rotas;

[GenerateSerializer, Immutable]
public sealed record WorkerFigures(string WorkerId, double Hours, double ContractedHours, int Shifts, int NightShifts);
