namespace OutreachRouting.Contracts.Venues;

/// <summary>What an import created: every venue of the file, in file order.</summary>
[GenerateSerializer, Immutable]
public sealed record ImportResult(int Imported, IReadOnlyList<string> Ids);
