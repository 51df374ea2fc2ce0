namespace OutreachRouting.Contracts.Registers;

/// <summary>
/// An entry of a team's registers (venue, worker, fixed session), keyed "team/id" (<see cref="OutreachKeys.For"/>):
/// created once, changed only from the version the caller read, closed rather than deleted.
/// </summary>
[Alias("outreach.IRegisterGrain`2")]
public interface IRegisterGrain<TDefinition, TSnapshot> : IGrainWithStringKey
    where TSnapshot : IRegisterSnapshot
{
    /// <summary>The entry, or null when it was never created.</summary>
    [Alias("GetAsync")]
    Task<TSnapshot?> GetAsync();

    /// <exception cref="Errors.ValidationException">The definition breaks a rule; nothing is stored.</exception>
    /// <exception cref="Errors.ConflictException">The entry exists already.</exception>
    [Alias("CreateAsync")]
    Task<TSnapshot> CreateAsync(TDefinition definition);

    /// <param name="expectedVersion">The version the caller read, or null to overwrite whatever is there.</param>
    /// <exception cref="Errors.NotFoundException">The entry was never created.</exception>
    /// <exception cref="Errors.VersionConflictException">The entry changed since <paramref name="expectedVersion"/>.</exception>
    [Alias("UpdateAsync")]
    Task<TSnapshot> UpdateAsync(TDefinition definition, int? expectedVersion);

    /// <summary>Closes the entry (a venue closed, a worker left, a session no longer staffed); its history is kept.</summary>
    [Alias("CloseAsync")]
    Task<TSnapshot> CloseAsync(int? expectedVersion);
}
