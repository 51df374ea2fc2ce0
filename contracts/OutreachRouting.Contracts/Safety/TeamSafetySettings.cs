namespace OutreachRouting.Contracts.Safety;

/// <summary>The team's escalation rules as stored: the webhook's secret only as whether one is set.</summary>
[GenerateSerializer, Immutable, Alias("outreach.TeamSafetySettings")]
public sealed record TeamSafetySettings(
    [property: Id(0)] string Team, [property: Id(1)] int GraceMinutes, [property: Id(2)] int SecondThresholdMinutes, [property: Id(3)] int RepeatMinutes,
    [property: Id(4)] string? WebhookUrl, [property: Id(5)] bool WebhookSecretSet, [property: Id(6)] int Version,
    [property: Id(7)] string? UpdatedBy, [property: Id(8)] DateTimeOffset? UpdatedAt);
