namespace OutreachRouting.Contracts.Workers;

/// <summary>For one ISO week: the rota version published to the worker and the one they last acknowledged.</summary>
/// <param name="Version">0 when no rota of the week was published.</param>
/// <param name="AcknowledgedVersion">0 when the worker never acknowledged the week.</param>
[GenerateSerializer, Immutable, Alias("outreach.RotaWeekStatus")]
public sealed record RotaWeekStatus([property: Id(0)] string Week, [property: Id(1)] int Version, [property: Id(2)] int AcknowledgedVersion);
