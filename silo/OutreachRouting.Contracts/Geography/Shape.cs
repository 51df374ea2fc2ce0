namespace OutreachRouting.Contracts.Geography;

/// <summary>
/// A venue's geometry as it crosses the grain boundary: one position for a point, the vertices of a line
/// string, or the closed exterior ring of a polygon. Grains turn it into a NetTopologySuite geometry.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Shape(ShapeKind Kind, IReadOnlyList<Position> Positions)
{
    public static Shape Point(double longitude, double latitude) => new(ShapeKind.Point, [new Position(longitude, latitude)]);

    public bool Equals(Shape? other) =>
        other is not null && Kind == other.Kind && Positions.SequenceEqual(other.Positions);

    public override int GetHashCode() => HashCode.Combine(Kind, Positions.Count, Positions.Count > 0 ? Positions[0] : null);
}
