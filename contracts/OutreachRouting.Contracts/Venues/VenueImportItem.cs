namespace OutreachRouting.Contracts.Venues;

/// <param name="Source">Where in the file the venue came from ("features[3]", "line 5"), to name it in errors.</param>
[GenerateSerializer, Immutable, Alias("outreach.VenueImportItem")]
public sealed record VenueImportItem([property: Id(0)] string Source, [property: Id(1)] string Id, [property: Id(2)] VenueDefinition Definition);
