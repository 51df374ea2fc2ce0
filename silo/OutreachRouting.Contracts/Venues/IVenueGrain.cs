namespace OutreachRouting.Contracts.Venues;

/// <summary>One venue, keyed "team/venue-id" (<see cref="OutreachKeys.For"/>).</summary>
public interface IVenueGrain : IGrainWithStringKey
{
    /// <summary>The venue, or null when it was never created.</summary>
    Task<VenueSnapshot?> GetAsync();

    /// <exception cref="Errors.ValidationException">The definition breaks a rule.</exception>
    /// <exception cref="Errors.ConflictException">The venue exists already.</exception>
    Task<VenueSnapshot> CreateAsync(VenueDefinition definition);

    /// <param name="expectedVersion">The version the caller read, or null to overwrite whatever is there.</param>
    /// <exception cref="Errors.NotFoundException">The venue was never created.</exception>
    /// <exception cref="Errors.VersionConflictException">The venue changed since <paramref name="expectedVersion"/>.</exception>
    Task<VenueSnapshot> UpdateAsync(VenueDefinition definition, int? expectedVersion);

    /// <summary>Closes the venue; it keeps its history and can be reopened by an update.</summary>
    Task<VenueSnapshot> CloseAsync(int? expectedVersion);

    Task<VenueSnapshot> RecordVisitAsync(VenueVisit visit);
}
