namespace OutreachRouting.Contracts.Safety;

/// <summary>One round of telling people about an alert.</summary>
/// <param name="Level">1 for the first round, one more for each after it.</param>
/// <param name="Recipients">Who was told: "worker:{id}" for the pair partner, "managers", "webhook" for the on-call webhook.</param>
[GenerateSerializer, Immutable, Alias("outreach.Escalation")]
public sealed record Escalation([property: Id(0)] DateTimeOffset At, [property: Id(1)] int Level, [property: Id(2)] IReadOnlyList<string> Recipients)
{
    public const string Managers = "managers";
    public const string Webhook = "webhook";
    private const string WorkerPrefix = "worker:";

    public static string Worker(string workerId) => WorkerPrefix + workerId;

    /// <summary>The worker a recipient names; null for managers and the webhook.</summary>
    public static string? WorkerOf(string recipient) => recipient.StartsWith(WorkerPrefix, StringComparison.Ordinal) ? recipient[WorkerPrefix.Length..] : null;
}
