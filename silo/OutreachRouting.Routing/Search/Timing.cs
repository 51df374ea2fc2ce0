namespace OutreachRouting.Routing.Search;

/// <summary>
/// The time summary of a sequence of stops (Vidal et al. 2013): its shortest duration, the time warp
/// it cannot avoid, and the earliest and latest start that reach that minimum. Two summaries join in
/// constant time, which makes every move's feasibility check O(1).
/// </summary>
internal readonly record struct Timing(double Duration, double TimeWarp, double Earliest, double Latest)
{
    public static Timing Of(double service, double windowStart, double windowEnd) => new(service, 0, windowStart, windowEnd);

    /// <summary>Earliest moment the sequence can be finished.</summary>
    public double EarliestFinish => Earliest + Duration - TimeWarp;

    public static Timing Join(in Timing a, in Timing b, double travel)
    {
        var delta = a.Duration - a.TimeWarp + travel;
        var wait = Math.Max(b.Earliest - delta - a.Latest, 0);
        var warp = Math.Max(a.Earliest + delta - b.Latest, 0);
        return new Timing(
            a.Duration + b.Duration + travel + wait,
            a.TimeWarp + b.TimeWarp + warp,
            Math.Max(b.Earliest - delta, a.Earliest) - wait,
            Math.Min(b.Latest - delta, a.Latest) + warp);
    }
}
