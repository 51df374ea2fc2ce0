using NetTopologySuite;
using NetTopologySuite.Geometries;
using OutreachRouting.Contracts.Geography;
using Position = OutreachRouting.Contracts.Geography.Position;

namespace OutreachRouting.Json;

/// <summary>Converts contract shapes to NetTopologySuite geometries (WGS 84) and back.</summary>
public static class ShapeGeometry
{
    public static GeometryFactory Factory { get; } = NtsGeometryServices.Instance.CreateGeometryFactory(srid: 4326);

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

    private static Position[] ToPositions(Coordinate[] coordinates) =>
        [.. coordinates.Select(c => new Position(c.X, c.Y))];
}
