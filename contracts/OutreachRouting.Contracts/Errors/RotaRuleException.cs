using OutreachRouting.Contracts.Rotas;

namespace OutreachRouting.Contracts.Errors;

/// <summary>An edit refused because it breaks hard rules of the rota; the manager may resend it with an override.</summary>
[GenerateSerializer, Alias("outreach.RotaRuleException")]
public sealed class RotaRuleException(string message, IReadOnlyList<RotaViolation> violations) : Exception(message)
{
    [Id(0)]
    public IReadOnlyList<RotaViolation> Violations { get; } = violations;
}
