namespace OutreachRouting.Contracts.Workers;

/// <summary>The state of a worker's calendar subscription; the secret itself is never stored, only its hash.</summary>
/// <param name="Generation">Raised by every new link; 0 before the first.</param>
/// <param name="Active">False before the first link and after a revocation.</param>
/// <param name="Since">When the current (or last) link was made.</param>
/// <param name="SecretHash">The SHA-256 of the current link's secret; null when there is none.</param>
[GenerateSerializer, Immutable, Alias("outreach.CalendarSubscription")]
public sealed record CalendarSubscription([property: Id(0)] int Generation, [property: Id(1)] bool Active, [property: Id(2)] DateTimeOffset? Since,
    [property: Id(3)] string? SecretHash);
