using OutreachRouting.Rota.Travel;

namespace OutreachRouting.TestSupport.Week;

/// <summary>A team's area: a rectangle of London in degrees, and random places in it.</summary>
internal sealed record Patch(double West, double South, double East, double North)
{
    private const double MetresPerDegreeLatitude = 111_320;

    public GeoPoint RandomPoint(Random random) =>
        Rounded(West + random.NextDouble() * (East - West), South + random.NextDouble() * (North - South));

    /// <summary>A point about <paramref name="spreadMetres"/> from <paramref name="centre"/> (normally distributed), inside the patch.</summary>
    public GeoPoint Near(GeoPoint centre, double spreadMetres, Random random)
    {
        while (true)
        {
            if (Offset(centre, spreadMetres * random.Gaussian(), spreadMetres * random.Gaussian()) is { } point)
                return point;
        }
    }

    /// <summary>A point inside the patch, in any direction from <paramref name="centre"/>, at a straight-line distance between the two given.</summary>
    public GeoPoint Around(GeoPoint centre, double minMetres, double maxMetres, Random random)
    {
        while (true)
        {
            var distance = minMetres + random.NextDouble() * (maxMetres - minMetres);
            var heading = random.NextDouble() * 2 * Math.PI;
            // Measured again: the offset is flat-earth and the point rounded, so its distance is only nearly the one drawn.
            if (Offset(centre, distance * Math.Sin(heading), distance * Math.Cos(heading)) is { } point
                && centre.MetresTo(point) is var metres && metres >= minMetres && metres <= maxMetres)
                return point;
        }
    }

    /// <summary>The point so many metres east and north of <paramref name="from"/>, or null when it falls outside the patch.</summary>
    private GeoPoint? Offset(GeoPoint from, double eastMetres, double northMetres)
    {
        var point = Rounded(
            from.Longitude + eastMetres / (MetresPerDegreeLatitude * Math.Cos(double.DegreesToRadians(from.Latitude))),
            from.Latitude + northMetres / MetresPerDegreeLatitude);
        return point.Longitude >= West && point.Longitude <= East && point.Latitude >= South && point.Latitude <= North ? point : null;
    }

    // Six decimals (about 0.1 m), as the demo data writes positions: the JSON stays short and readable.
    private static GeoPoint Rounded(double longitude, double latitude) => new(Math.Round(longitude, 6), Math.Round(latitude, 6));
}
