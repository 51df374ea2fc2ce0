namespace OutreachRouting.Contracts.Geography;

/// <summary>A WGS 84 position, longitude first as in GeoJSON.</summary>
[GenerateSerializer, Immutable, Alias("outreach.Position")]
public sealed record Position([property: Id(0)] double Longitude, [property: Id(1)] double Latitude);
