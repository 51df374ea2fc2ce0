namespace OutreachRouting.Grains.Registers;

/// <summary>
/// The life of a register entry (<see cref="Contracts.Registers.IRegisterGrain{TDefinition, TSnapshot}"/>): created
/// once, validated on every change, updated only from the version the caller read (optimistic concurrency),
/// closed rather than deleted, and never half-written.
/// </summary>
public abstract class RegisterGrain<TState, TDefinition, TSnapshot>(IPersistentState<TState> state, TimeProvider time) : Grain
    where TState : RegisterState<TDefinition>, new()
    where TDefinition : class
    where TSnapshot : class
{
    /// <summary>"Venue", "Worker", ...: how messages name the entry.</summary>
    protected abstract string Noun { get; }

    protected (string Team, string Id) Key => OutreachKeys.Parse(this.GetPrimaryKeyString());

    protected TState State => state.State;

    protected TimeProvider Time => time;

    /// <exception cref="ValidationException">Listing every rule the definition breaks.</exception>
    protected abstract void Validate(TDefinition definition);

    /// <summary>Sets the definition and whatever follows from it.</summary>
    protected virtual void Apply(TState target, TDefinition definition) => target.Definition = definition;

    /// <summary>The definition as closing leaves it (a venue closed, a worker left, ...).</summary>
    protected abstract TDefinition Closed(TDefinition definition);

    /// <summary>The entry as callers see it; only called once it exists.</summary>
    protected abstract TSnapshot Snapshot();

    public Task<TSnapshot?> GetAsync() => Task.FromResult(State.Definition is null ? null : Snapshot());

    public async Task<TSnapshot> CreateAsync(TDefinition definition)
    {
        await CreateDefinitionAsync(definition);
        return Snapshot();
    }

    public async Task<TSnapshot> UpdateAsync(TDefinition definition, int? expectedVersion)
    {
        await UpdateDefinitionAsync(definition, expectedVersion);
        return Snapshot();
    }

    public async Task<TSnapshot> CloseAsync(int? expectedVersion)
    {
        EnsureExists();
        await UpdateDefinitionAsync(Closed(State.Definition!), expectedVersion);
        return Snapshot();
    }

    private async Task CreateDefinitionAsync(TDefinition definition)
    {
        if (State.Definition is not null)
        {
            throw new ConflictException($"{Noun} '{Key.Id}' exists already in team '{Key.Team}'.");
        }

        Validate(definition);
        var now = time.GetUtcNow();
        await PersistAsync(s =>
        {
            Apply(s, definition);
            s.Version = 1;
            s.CreatedAt = now;
            s.UpdatedAt = now;
        });
    }

    private async Task UpdateDefinitionAsync(TDefinition definition, int? expectedVersion)
    {
        EnsureExists();
        if (expectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        Validate(definition);
        await PersistAsync(s =>
        {
            Apply(s, definition);
            s.Version++;
            s.UpdatedAt = time.GetUtcNow();
        });
    }

    protected void EnsureExists()
    {
        if (State.Definition is null)
        {
            throw new NotFoundException($"{Noun} '{Key.Id}' does not exist in team '{Key.Team}'.");
        }
    }

    protected Task PersistAsync(Action<TState> change) => state.PersistAsync(change);

    /// <summary>Removes the stored state; the database's directory trigger drops the entry with it.</summary>
    protected async Task ClearAsync()
    {
        await state.ClearStateAsync();
        state.State = new TState();
    }
}
