namespace OutreachRouting.Contracts.Rotas;

/// <summary>An edit kept although it breaks hard rules: who decided, when, and what it breaks.</summary>
[GenerateSerializer, Immutable]
public sealed record RotaOverride(RotaEdit Edit, IReadOnlyList<RotaViolation> Violations, string By, DateTimeOffset At);
