using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Contracts.Venues;

/// <summary>One venue, keyed "team/venue-id".</summary>
[Alias("outreach.IVenueGrain")]
public interface IVenueGrain : IRegisterGrain<VenueDefinition, VenueSnapshot>
{
    /// <exception cref="Errors.NotFoundException">The venue was never created.</exception>
    /// <exception cref="Errors.ValidationException">The visit breaks a rule.</exception>
    [Alias("RecordVisitAsync")]
    Task<VenueSnapshot> RecordVisitAsync(VenueVisit visit);

    /// <summary>
    /// Undoes a creation that is part of a failed import: removes the venue, but only while it is exactly as
    /// created (version 1, no visits); otherwise it refuses, and nothing changes.
    /// </summary>
    [Alias("DiscardNewAsync")]
    Task<bool> DiscardNewAsync();
}
