namespace OutreachRouting.Contracts.Geography;

public enum ShapeKind
{
    /// <summary>A premise.</summary>
    Point,

    /// <summary>A street route, walked end to end.</summary>
    LineString,

    /// <summary>An area.</summary>
    Polygon,
}
