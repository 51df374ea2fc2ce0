using System.Security.Claims;
using OutreachRouting.Api.Identity;
using OutreachRouting.Contracts.Venues;

namespace OutreachRouting.Api.Venues;

public static class VenuePresentation
{
    /// <summary>A restricted venue's position is withheld (location null) from everyone who may not see it.</summary>
    public static VenueSnapshot For(VenueSnapshot venue, ClaimsPrincipal user) =>
        venue.Definition.Sensitivity == Sensitivity.Restricted && !user.CanSeeRestrictedPositions(venue.Team)
            ? venue with { Definition = venue.Definition with { Location = null } }
            : venue;
}
