namespace OutreachRouting.Contracts.Schedules;

/// <summary>The worker has read version <paramref name="Version"/> of <paramref name="Week"/>'s rota (POST /me/acknowledge).</summary>
[GenerateSerializer, Immutable, Alias("outreach.Acknowledgement")]
public sealed record Acknowledgement([property: Id(0)] string Week, [property: Id(1)] int Version);
