using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota;

/// <summary>
/// When a visit may start: from an access window's opening until the visit still ends by its close. A window shorter
/// than the visit admits none. The planner and the editor both read windows so; the validator reads the windows
/// itself, so that a mistake here cannot hide there.
/// </summary>
public static class VisitStarts
{
    /// <summary>The starts [open, close] (week minutes) leaves for a visit of that length, or null when none.</summary>
    public static TimeWindow? Within(double open, double close, double visitMinutes) =>
        close - open >= visitMinutes ? new TimeWindow(open, close - visitMinutes) : null;

    /// <summary>Every start the venue's access windows leave for its visit, in order.</summary>
    public static IReadOnlyList<TimeWindow> Of(PlanningVenue venue) =>
        [.. venue.AccessWindows
            .Select(w => Within(w.StartMinute, w.EndMinute, venue.VisitMinutes))
            .OfType<TimeWindow>()
            .OrderBy(w => w.Start)];
}
