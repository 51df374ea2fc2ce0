using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Api.Venues;

/// <summary>
/// A restricted venue's position is seen by the team's managers and by the workers assigned to it: those with
/// the venue on a published shift, from publication until a day after the shift. Everyone else gets location null.
/// </summary>
public static class VenuePresentation
{
    private static readonly TimeSpan SeenAfterShift = TimeSpan.FromDays(1);
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public static async Task<VenueSnapshot> ForAsync(VenueSnapshot venue, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time) =>
        For(venue, user, venue.Definition.Sensitivity == Sensitivity.Restricted ? await AssignedVenuesAsync(user, venue.Team, grains, time) : None);

    public static VenueSnapshot For(VenueSnapshot venue, ClaimsPrincipal user, IReadOnlySet<string> assigned) =>
        venue.Definition.Sensitivity == Sensitivity.Restricted && !user.CanManage(venue.Team) && !assigned.Contains(venue.Id)
            ? venue with { Definition = venue.Definition with { Location = null } }
            : venue;

    /// <summary>The venues on the user's own published shifts that have not long ended; none for anyone but a worker.</summary>
    public static async Task<IReadOnlySet<string>> AssignedVenuesAsync(ClaimsPrincipal user, string team, IGrainFactory grains, TimeProvider time) =>
        user.CanManage(team) || user.WorkerIdOf() is not { } id || !OutreachKeys.IsValidLocalId(id)
            ? None
            : (await grains.GetGrain<IWorkerGrain>(OutreachKeys.For(team, id)).GetAssignedVenuesAsync(AssignedSince(time))).ToHashSet(StringComparer.Ordinal);

    /// <summary>A worker is assigned to the venues of their shifts that ended since this moment.</summary>
    public static DateTimeOffset AssignedSince(TimeProvider time) => time.GetUtcNow() - SeenAfterShift;
}
