namespace OutreachRouting.Contracts.Rotas;

/// <summary>An edit kept although it breaks hard rules: who decided, when, and what it breaks.</summary>
[GenerateSerializer, Immutable, Alias("outreach.RotaOverride")]
public sealed record RotaOverride([property: Id(0)] RotaEdit Edit, [property: Id(1)] IReadOnlyList<RotaViolation> Violations, [property: Id(2)] string By, [property: Id(3)] DateTimeOffset At);
