namespace OutreachRouting.Contracts.Sessions;

/// <summary>One fixed session, keyed "team/session-id" (<see cref="OutreachKeys.For"/>).</summary>
public interface IFixedSessionGrain : IGrainWithStringKey
{
    Task<FixedSessionSnapshot?> GetAsync();

    /// <exception cref="Errors.ValidationException">The definition breaks a rule.</exception>
    /// <exception cref="Errors.ConflictException">The session exists already.</exception>
    Task<FixedSessionSnapshot> CreateAsync(FixedSessionDefinition definition);

    /// <exception cref="Errors.NotFoundException">The session was never created.</exception>
    /// <exception cref="Errors.VersionConflictException">The session changed since <paramref name="expectedVersion"/>.</exception>
    Task<FixedSessionSnapshot> UpdateAsync(FixedSessionDefinition definition, int? expectedVersion);

    /// <summary>Stops staffing the session; past rotas keep it.</summary>
    Task<FixedSessionSnapshot> CloseAsync(int? expectedVersion);
}
