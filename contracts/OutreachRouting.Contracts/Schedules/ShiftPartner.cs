namespace OutreachRouting.Contracts.Schedules;

/// <summary>Who the worker is out with on a pair shift.</summary>
[GenerateSerializer, Immutable, Alias("outreach.ShiftPartner")]
public sealed record ShiftPartner([property: Id(0)] string WorkerId, [property: Id(1)] string DisplayName);
