namespace OutreachRouting.Contracts.Rotas;

/// <summary>How long to plan for, and the seed that makes a plan repeatable.</summary>
[GenerateSerializer, Immutable]
public sealed record PlanRequest(double Seconds = 5, int Seed = 1);
