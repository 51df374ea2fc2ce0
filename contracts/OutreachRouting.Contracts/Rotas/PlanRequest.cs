namespace OutreachRouting.Contracts.Rotas;

/// <summary>How long to plan for, and the seed that makes a plan repeatable.</summary>
[GenerateSerializer, Immutable, Alias("outreach.PlanRequest")]
public sealed record PlanRequest([property: Id(0)] double Seconds = 5, [property: Id(1)] int Seed = 1);
