namespace OutreachRouting.Routing.Model;

/// <summary>A closed interval of time in the caller's unit (minutes, seconds, ...).</summary>
public readonly record struct TimeWindow(double Start, double End)
{
    /// <summary>No restriction at all.</summary>
    public static TimeWindow Always { get; } = new(0, double.MaxValue);
}
