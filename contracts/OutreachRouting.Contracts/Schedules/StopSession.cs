using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Contracts.Schedules;

/// <summary>The fixed session a session stop staffs.</summary>
/// <param name="Mediator">Who else is there, such as a cultural mediator.</param>
/// <param name="Partner">The partner service running it.</param>
[GenerateSerializer, Immutable, Alias("outreach.StopSession")]
public sealed record StopSession(
    [property: Id(0)] string Id, [property: Id(1)] string? Name, [property: Id(2)] SessionKind? Kind,
    [property: Id(3)] string? Partner, [property: Id(4)] string? Mediator);
