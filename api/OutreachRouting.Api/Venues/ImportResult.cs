namespace OutreachRouting.Api.Venues;

public sealed record ImportResult(int Imported, IReadOnlyList<string> Ids);
