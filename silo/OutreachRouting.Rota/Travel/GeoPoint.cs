namespace OutreachRouting.Rota.Travel;

/// <summary>A WGS 84 position, longitude first as in GeoJSON.</summary>
public readonly record struct GeoPoint(double Longitude, double Latitude)
{
    private const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>Great-circle distance (haversine), in metres.</summary>
    public double MetresTo(GeoPoint other)
    {
        var lat1 = double.DegreesToRadians(Latitude);
        var lat2 = double.DegreesToRadians(other.Latitude);
        var dLat = lat2 - lat1;
        var dLon = double.DegreesToRadians(other.Longitude - Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
