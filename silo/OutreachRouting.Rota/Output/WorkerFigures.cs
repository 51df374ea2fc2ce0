namespace OutreachRouting.Rota;

/// <summary>One worker's week: hours on shift against their contract, and how many of their shifts run at night.</summary>
public sealed record WorkerFigures(string WorkerId, double Hours, double ContractedHours, int Shifts, int NightShifts);
