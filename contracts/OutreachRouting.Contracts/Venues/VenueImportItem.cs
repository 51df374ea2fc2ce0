namespace OutreachRouting.Contracts.Venues;

/// <param name="Source">Where in the file the venue came from ("features[3]", "line 5"), to name it in errors.</param>
[GenerateSerializer, Immutable]
public sealed record VenueImportItem(string Source, string Id, VenueDefinition Definition);
