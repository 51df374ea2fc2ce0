namespace OutreachRouting.Contracts.Safety;

/// <summary>A team's lone-working escalation rules, as a manager sets them.</summary>
/// <param name="GraceMinutes">How late a check-in or check-out may be before the partner and managers are told (5 to 120).</param>
/// <param name="SecondThresholdMinutes">How late before everyone is told again, with the on-call webhook (more than the grace, at most 240).</param>
/// <param name="RepeatMinutes">How often, after that, everyone is told again until a manager acknowledges (5 to 120).</param>
/// <param name="WebhookUrl">The on-call webhook: https, or http to this machine only.</param>
/// <param name="WebhookSecret">The key the webhook's bodies are signed with (32 to 256 characters); kept, never shown again. Left out, the one held stays while the URL does.</param>
[GenerateSerializer, Immutable, Alias("outreach.SafetySettings")]
public sealed record SafetySettings(
    [property: Id(0)] int GraceMinutes = SafetySettings.DefaultGraceMinutes, [property: Id(1)] int SecondThresholdMinutes = SafetySettings.DefaultSecondThresholdMinutes,
    [property: Id(2)] int RepeatMinutes = SafetySettings.DefaultRepeatMinutes, [property: Id(3)] string? WebhookUrl = null, [property: Id(4)] string? WebhookSecret = null)
{
    public const int DefaultGraceMinutes = 15;
    public const int DefaultSecondThresholdMinutes = 30;
    public const int DefaultRepeatMinutes = 15;
}
