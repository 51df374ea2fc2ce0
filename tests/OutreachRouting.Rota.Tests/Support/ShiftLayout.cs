namespace OutreachRouting.Rota.Tests.Support;

/// <summary>
/// Lays out a shift for test data the way the rules read, worked out here rather than by the validator: each place is
/// reached when the straight-line leg (× 1.3, at the mode's speed) from the one before allows, from a venue's
/// departure point to the next one's arrival point; a break stays put. Times are minutes of the week.
/// </summary>
internal sealed class ShiftLayout(WeekClock clock, PlanningVenue home, TravelMode mode, double start)
{
    private readonly List<RotaStop> stops = [];
    private readonly double leaves = start;
    private GeoPoint at = home.Departure;
    private double free = start;

    public ShiftLayout Visit(PlanningVenue venue, int visit, double begin, double end) =>
        Reach(venue, begin, end, (arrival, leg) => new RotaStop(RotaStopKind.Visit, venue.Id, null, visit, arrival, Time(begin), Time(end), leg));

    public ShiftLayout Session(PlanningSession session, PlanningVenue venue) =>
        Reach(venue, session.Slot.StartMinute, session.Slot.EndMinute, (arrival, leg) =>
            new RotaStop(RotaStopKind.Session, venue.Id, session.Id, 0, arrival, Time(session.Slot.StartMinute), Time(session.Slot.EndMinute), leg));

    public ShiftLayout Break(double begin, double end)
    {
        stops.Add(new RotaStop(RotaStopKind.Break, null, null, 0, Time(begin), Time(begin), Time(end), 0));
        free = end;
        return this;
    }

    public RotaShift End(string id, IReadOnlyList<string> workerIds, double end)
    {
        var back = Leg(at, home.Arrival);
        if (free + back > end)
            throw new InvalidOperationException($"Test data: shift {id} cannot be back at the base by minute {end}.");
        return new RotaShift(id, Time(leaves).DayOfWeek, workerIds, home.Id, mode, Time(leaves), Time(end), [.. stops], back);
    }

    /// <summary>Minutes by the straight line stretched for streets; walking and cycling only (no transit wait).</summary>
    private double Leg(GeoPoint from, GeoPoint to) =>
        from.MetresTo(to) * StraightLineTravelTimes.DetourFactor / (StraightLineTravelTimes.KilometresPerHour(mode) * 1000 / 60);

    private ShiftLayout Reach(PlanningVenue venue, double begin, double end, Func<DateTime, double, RotaStop> stop)
    {
        var leg = Leg(at, venue.Arrival);
        if (free + leg > begin)
            throw new InvalidOperationException($"Test data: {venue.Name} cannot be reached by minute {begin}.");
        stops.Add(stop(Time(free + leg), leg));
        (at, free) = (venue.Departure, end);
        return this;
    }

    private DateTime Time(double minute) => clock.ToLocal(minute);
}
