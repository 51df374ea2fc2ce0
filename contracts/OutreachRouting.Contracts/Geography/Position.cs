namespace OutreachRouting.Contracts.Geography;

/// <summary>A WGS 84 position, longitude first as in GeoJSON.</summary>
[GenerateSerializer, Immutable]
public sealed record Position(double Longitude, double Latitude);
