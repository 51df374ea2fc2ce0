namespace OutreachRouting.Contracts.Venues;

/// <summary>Imports venues into one team, keyed by team id; one import at a time per team.</summary>
[Alias("outreach.IVenueImportGrain")]
public interface IVenueImportGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates every venue, or none: every item is checked first (rules, ids unique in the file and not yet
    /// taken), and if a creation still fails, the venues this import created are removed again.
    /// </summary>
    /// <returns>The ids created, in file order.</returns>
    /// <exception cref="Errors.ValidationException">Naming each item ("features[3].kind") and why.</exception>
    [Alias("ImportAsync")]
    Task<IReadOnlyList<string>> ImportAsync(IReadOnlyList<VenueImportItem> items);

    /// <summary>Every reason the items could not be imported, without importing anything.</summary>
    [Alias("CheckAsync")]
    Task<IReadOnlyList<Errors.FieldError>> CheckAsync(IReadOnlyList<VenueImportItem> items);
}
