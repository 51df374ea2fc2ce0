using OutreachRouting.Rota.Planning;
using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota.Editing;

/// <summary>
/// Times a shift's stops in the order given: each starts as soon as the worker can be there and the venue is open,
/// and the shift leaves its base as late as it can without any stop starting later than that.
/// </summary>
internal sealed class ShiftTiming(TeamWeek week, PlaceTable places)
{
    /// <summary>The shift re-timed, and by how many minutes in all its stops miss their windows (0 when none does).</summary>
    public (RotaShift Shift, double Lateness) Retime(RotaShift shift, IReadOnlyList<RotaStop> stops, double earliestDeparture)
    {
        var plan = stops.Select(s => (Stop: s, Needs: Describe(s))).ToList();
        var (_, waits, slack) = Schedule(shift, plan, earliestDeparture);
        var (timed, _, _) = Schedule(shift, plan, earliestDeparture + Math.Max(0, Math.Min(slack, waits)));
        return timed;
    }

    /// <summary>How long a stop takes, when it may start, and where it is (a break has no place: it is taken where the worker is).</summary>
    private (double Service, IReadOnlyList<TimeWindow> Starts, string? Place) Describe(RotaStop stop)
    {
        switch (stop.Kind)
        {
            case RotaStopKind.Break:
                return ((stop.End - stop.Start).TotalMinutes, [new TimeWindow(double.MinValue, double.MaxValue)], null);
            case RotaStopKind.Session:
                var slot = week.Input.Sessions.First(s => s.Id == stop.SessionId).Slot;
                return (slot.EndMinute - slot.StartMinute, [new TimeWindow(slot.StartMinute, slot.StartMinute)], stop.VenueId);
            default:
                var venue = week.Venues[stop.VenueId!];
                return (venue.VisitMinutes, VisitStarts.Of(venue), venue.Id);
        }
    }

    /// <summary>
    /// Leaves at <paramref name="departure"/>. Also returns the waiting on the way, and how much later the shift
    /// could leave with no stop's start pushed past its window (the forward slack).
    /// </summary>
    private ((RotaShift Shift, double Lateness) Timed, double Waits, double Slack) Schedule(
        RotaShift shift, List<(RotaStop Stop, (double Service, IReadOnlyList<TimeWindow> Starts, string? Place) Needs)> plan, double departure)
    {
        var at = places[shift.BaseVenueId];
        var free = departure;
        double waits = 0, lateness = 0, slack = double.PositiveInfinity;
        var stops = new List<RotaStop>();
        foreach (var (stop, (service, starts, place)) in plan)
        {
            var travel = place is null ? 0 : places.Minutes(shift.TravelMode, at, places[place]);
            var arrival = free + travel;
            var window = starts.FirstOrDefault(w => w.End >= arrival, new TimeWindow(arrival, arrival));
            var start = Math.Max(arrival, window.Start);
            if (starts.Count == 0 || starts.All(w => w.End < arrival))
                lateness += starts.Count == 0 ? service : arrival - starts[^1].End;
            waits += start - arrival;
            slack = Math.Min(slack, waits + window.End - start);
            stops.Add(stop with
            {
                Arrival = week.Clock.ToLocal(arrival),
                Start = week.Clock.ToLocal(start),
                End = week.Clock.ToLocal(start + service),
                TravelMinutes = travel,
            });
            free = start + service;
            at = place is null ? at : places[place];
        }
        var back = places.Minutes(shift.TravelMode, at, places[shift.BaseVenueId]);
        var timed = shift with
        {
            Start = week.Clock.ToLocal(departure),
            End = week.Clock.ToLocal(free + back),
            Stops = stops,
            ReturnTravelMinutes = back,
        };
        return ((timed, lateness), waits, slack);
    }
}
