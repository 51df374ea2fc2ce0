namespace OutreachRouting.Routing.Search;

/// <summary>
/// A run of consecutive stops summarised for O(1) concatenation. Breaks have no place of their own:
/// they are taken where the vehicle stands, so the travel to the next place comes after them. Breaks
/// that open a segment are kept apart in <see cref="Lead"/> until the segment is joined to what precedes it.
/// </summary>
internal readonly struct Segment
{
    /// <summary>First and last place, or -1 when the segment holds breaks only.</summary>
    public readonly int First;
    public readonly int Last;
    public readonly double Distance;
    public readonly int Load;
    public readonly bool HasLead;
    public readonly Timing Lead;

    /// <summary>From <see cref="First"/> to the end; meaningless when First is -1.</summary>
    public readonly Timing Main;

    public Segment(int first, int last, double distance, int load, bool hasLead, Timing lead, Timing main)
    {
        First = first;
        Last = last;
        Distance = distance;
        Load = load;
        HasLead = hasLead;
        Lead = lead;
        Main = main;
    }

    public static Segment Place(int location, int demand, Timing timing) => new(location, location, 0, demand, false, default, timing);

    public static Segment Pause(Timing timing) => new(-1, -1, 0, 0, true, timing, default);

    public static Segment Join(in Segment a, in Segment b, TravelData travel)
    {
        if (a.First < 0)
        {
            var lead = b.HasLead ? Timing.Join(a.Lead, b.Lead, 0) : a.Lead;
            return new Segment(b.First, b.Last, b.Distance, a.Load + b.Load, true, lead, b.Main);
        }
        var main = b.HasLead ? Timing.Join(a.Main, b.Lead, 0) : a.Main;
        if (b.First < 0)
            return new Segment(a.First, a.Last, a.Distance, a.Load + b.Load, a.HasLead, a.Lead, main);
        var arc = a.Last * travel.Size + b.First;
        main = Timing.Join(main, b.Main, travel.Durations[arc]);
        return new Segment(a.First, b.Last, a.Distance + b.Distance + travel.Distances[arc], a.Load + b.Load, a.HasLead, a.Lead, main);
    }
}
