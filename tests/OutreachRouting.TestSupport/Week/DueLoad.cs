using OutreachRouting.Rota;

namespace OutreachRouting.TestSupport.Week;

/// <summary>
/// How much work a week's due visits are (each visit's minutes plus travel to it), and the one factor a team's usual
/// intervals are divided by so that this work comes to a chosen share of the team's contracted hours. The demo's
/// intervals would keep 12 workers with 150 venues a third busy, 40 with 1,000 three-fifths busy and a London-wide
/// team (12 with 417) four-fifths busy; the benchmark wants a week nearly full at every size.
/// </summary>
internal static class DueLoad
{
    /// <summary>The travel each visit is assumed to need on top of its own time.</summary>
    public const int TravelMinutesPerVisit = 15;

    /// <summary>No venue is due more often than every other day.</summary>
    public const int ShortestInterval = 2;

    public static double Minutes(PlanningVenue venue, WeekClock week) =>
        DueVisits.For(venue, week).Count * (venue.VisitMinutes + TravelMinutesPerVisit);

    /// <summary>The most visits a venue due every <paramref name="interval"/> days can be due in one week: the first on Monday.</summary>
    public static int MostVisits(int interval) => Math.Min(7, 1 + 6 / interval);

    public static int Interval(VenueDraft draft, double scale) =>
        Math.Max(ShortestInterval, (int)Math.Round(draft.UsualInterval / scale));

    /// <summary>
    /// The scale, between 1/4 and 8, whose due visits come closest to <paramref name="targetMinutes"/>. Found by
    /// bisection: shorter intervals mean as many visits or more (but for rounding, which bisection rides over).
    /// </summary>
    public static double Scale(IReadOnlyList<VenueDraft> drafts, double targetMinutes, WeekClock week)
    {
        double MinutesAt(double scale) => drafts.Sum(d => Minutes(d.At(Interval(d, scale), week), week));
        var (low, high) = (0.25, 8.0);
        for (var step = 0; step < 30; step++)
        {
            var middle = (low + high) / 2;
            if (MinutesAt(middle) < targetMinutes)
                low = middle;
            else
                high = middle;
        }
        return Math.Abs(MinutesAt(low) - targetMinutes) <= Math.Abs(MinutesAt(high) - targetMinutes) ? low : high;
    }
}
