using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Contracts.Directory;

[GenerateSerializer, Immutable]
public sealed record SessionListItem(
    string Id,
    string Name,
    SessionKind Kind,
    string VenueId,
    WeeklyWindow Slot,
    int WorkersNeeded,
    bool WomenOnly,
    SessionStatus Status,
    int Version);
