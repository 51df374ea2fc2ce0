namespace OutreachRouting.Grains.Registers;

/// <summary>What every entry of a team's registers (venue, worker, fixed session) keeps about itself.</summary>
public abstract class RegisterState<TDefinition>
    where TDefinition : class
{
    /// <summary>Null until the entry is created.</summary>
    public TDefinition? Definition { get; set; }

    /// <summary>Bumped by every change of the definition, and only by those.</summary>
    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
