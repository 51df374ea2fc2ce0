using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Contracts.Directory;

[GenerateSerializer, Immutable, Alias("outreach.SessionListItem")]
public sealed record SessionListItem(
    [property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] SessionKind Kind,
    [property: Id(3)] string VenueId, [property: Id(4)] WeeklyWindow Slot, [property: Id(5)] int WorkersNeeded,
    [property: Id(6)] bool WomenOnly, [property: Id(7)] SessionStatus Status, [property: Id(8)] int Version);
