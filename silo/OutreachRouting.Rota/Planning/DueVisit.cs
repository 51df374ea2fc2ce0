using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota.Planning;

/// <summary>
/// One visit a venue is due this week, before the engine sees it. <see cref="Starts"/> are the moments it may start
/// (each access window shortened by the visit), sorted and disjoint; empty when no window is long enough.
/// </summary>
/// <param name="Number">1 for the venue's first due visit this week.</param>
/// <param name="Weight">Priority, raised for the first visit of an overdue venue: what leaving it out costs.</param>
internal sealed record DueVisit(PlanningVenue Venue, int Number, IReadOnlyList<TimeWindow> Starts, ulong Needs, double Weight);
