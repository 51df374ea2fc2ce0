namespace OutreachRouting.Contracts.Geography;

/// <summary>
/// A venue's geometry as it crosses the grain boundary: one position for a point, the vertices of a line
/// string, or the closed exterior ring of a polygon. Grains turn it into a NetTopologySuite geometry.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.Shape")]
public sealed record Shape([property: Id(0)] ShapeKind Kind, [property: Id(1)] IReadOnlyList<Position> Positions)
{
    public static Shape Point(double longitude, double latitude) => new(ShapeKind.Point, [new Position(longitude, latitude)]);

    /// <summary>
    /// Where a visit begins and ends: a premise at its point, a street route walked from its first position to its
    /// last, an area entered and left at its middle (the mean of its ring's corners, the closing repeat left out).
    /// </summary>
    public (Position Start, Position End) VisitEnds()
    {
        switch (Kind)
        {
            case ShapeKind.LineString:
                return (Positions[0], Positions[^1]);
            case ShapeKind.Polygon:
                var corners = Positions.Take(Positions.Count - 1).ToList();
                var middle = new Position(corners.Average(p => p.Longitude), corners.Average(p => p.Latitude));
                return (middle, middle);
            default:
                return (Positions[0], Positions[0]);
        }
    }

    public bool Equals(Shape? other) =>
        other is not null && Kind == other.Kind && Positions.SequenceEqual(other.Positions);

    public override int GetHashCode() => HashCode.Combine(Kind, Positions.Count, Positions.Count > 0 ? Positions[0] : null);
}
