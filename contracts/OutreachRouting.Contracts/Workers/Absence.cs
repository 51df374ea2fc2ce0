namespace OutreachRouting.Contracts.Workers;

/// <summary>An exception to a worker's weekly availability: away on every day from <see cref="From"/> to <see cref="To"/>, inclusive.</summary>
[GenerateSerializer, Immutable, Alias("outreach.Absence")]
public sealed record Absence([property: Id(0)] DateOnly From, [property: Id(1)] DateOnly To, [property: Id(2)] AbsenceKind Kind);
