namespace OutreachRouting.Client;

/// <summary>The formats <see cref="OutreachClient.ImportVenuesAsync"/> accepts.</summary>
public static class VenueMediaTypes
{
    /// <summary>An RFC 7946 FeatureCollection, one feature per venue.</summary>
    public const string GeoJson = "application/geo+json";

    /// <summary>One venue per line after a header (see the API's VenueCsv for the columns).</summary>
    public const string Csv = "text/csv";
}
