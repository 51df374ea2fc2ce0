namespace OutreachRouting.Contracts.Workers;

/// <summary>An exception to a worker's weekly availability: away on every day from <see cref="From"/> to <see cref="To"/>, inclusive.</summary>
[GenerateSerializer, Immutable]
public sealed record Absence(DateOnly From, DateOnly To, AbsenceKind Kind);
