namespace OutreachRouting.Contracts.Venues;

/// <summary>What an import created: every venue of the file, in file order.</summary>
[GenerateSerializer, Immutable, Alias("outreach.ImportResult")]
public sealed record ImportResult([property: Id(0)] int Imported, [property: Id(1)] IReadOnlyList<string> Ids);
