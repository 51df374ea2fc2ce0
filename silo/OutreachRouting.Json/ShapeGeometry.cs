using NetTopologySuite;
using NetTopologySuite.Geometries;
using OutreachRouting.Contracts.Geography;
using Position = OutreachRouting.Contracts.Geography.Position;

namespace OutreachRouting.Json;

/// <summary>Converts contract shapes to NetTopologySuite geometries (WGS 84) and measures them.</summary>
public static class ShapeGeometry
{
    public static GeometryFactory Factory { get; } = NtsGeometryServices.Instance.CreateGeometryFactory(srid: 4326);

    private const double EarthRadiusMetres = 6_371_008.8;

    public static Geometry ToGeometry(Shape shape)
    {
        var coordinates = shape.Positions.Select(p => new Coordinate(p.Longitude, p.Latitude)).ToArray();
        return shape.Kind switch
        {
            ShapeKind.Point => Factory.CreatePoint(coordinates[0]),
            ShapeKind.LineString => Factory.CreateLineString(coordinates),
            ShapeKind.Polygon => Factory.CreatePolygon(coordinates),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape.Kind, "Unknown shape kind."),
        };
    }

    public static Shape FromGeometry(Geometry geometry) => geometry switch
    {
        Point point => Shape.Point(point.X, point.Y),
        LineString line => new Shape(ShapeKind.LineString, ToPositions(line.Coordinates)),
        Polygon polygon when polygon.NumInteriorRings == 0 => new Shape(ShapeKind.Polygon, ToPositions(polygon.ExteriorRing.Coordinates)),
        Polygon => throw new NotSupportedException("A venue area is a polygon without holes."),
        _ => throw new NotSupportedException($"A venue is a Point, LineString or Polygon, not a {geometry.GeometryType}."),
    };

    /// <summary>Length along the earth's surface (haversine per segment), in metres.</summary>
    public static double LengthMetres(LineString line)
    {
        var total = 0.0;
        var coordinates = line.Coordinates;
        for (var i = 1; i < coordinates.Length; i++)
        {
            total += DistanceMetres(coordinates[i - 1], coordinates[i]);
        }

        return total;
    }

    public static double DistanceMetres(Coordinate a, Coordinate b)
    {
        var lat1 = double.DegreesToRadians(a.Y);
        var lat2 = double.DegreesToRadians(b.Y);
        var dLat = lat2 - lat1;
        var dLon = double.DegreesToRadians(b.X - a.X);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static Position[] ToPositions(Coordinate[] coordinates) =>
        [.. coordinates.Select(c => new Position(c.X, c.Y))];
}
