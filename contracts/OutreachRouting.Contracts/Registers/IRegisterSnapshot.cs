namespace OutreachRouting.Contracts.Registers;

public interface IRegisterSnapshot
{
    string Team { get; }

    string Id { get; }

    /// <summary>Changes with every change of the definition; an update naming an older version is refused.</summary>
    int Version { get; }
}
