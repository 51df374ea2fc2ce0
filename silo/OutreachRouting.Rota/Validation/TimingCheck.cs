using OutreachRouting.Rota.Travel;

namespace OutreachRouting.Rota.Validation;

/// <summary>
/// Each shift, walked stop by stop: every place is reached no sooner than travel from the place before allows
/// (leaving a venue from its departure point, reaching it at its arrival point), work starts no sooner than the
/// arrival and ends no sooner than it starts, and the shift ends no sooner than the way back to the base allows.
/// A break happens where the worker stands, so the leg after it runs from the last place before it.
/// The travel minutes the rota states are checked against the recomputed legs too.
/// </summary>
internal static class TimingCheck
{
    public static async Task RunAsync(RotaContext context, ITravelTimes travel, CancellationToken cancellationToken)
    {
        var points = context.Checked
            .SelectMany(shift => Places(context, shift).SelectMany(v => new[] { v.Arrival, v.Departure }).Select(point => (shift.TravelMode, point)))
            .ToLookup(p => p.TravelMode, p => p.point);
        var legs = await TravelLegs.BuildAsync(points, travel, cancellationToken);
        foreach (var shift in context.Checked)
            Shift(context, shift, legs);
    }

    private static IEnumerable<PlanningVenue> Places(RotaContext context, RotaShift shift) =>
        shift.Stops.Select(context.PlaceOf).Prepend(context.Venue(shift.BaseVenueId)).OfType<PlanningVenue>();

    private static void Shift(RotaContext context, RotaShift shift, TravelLegs legs)
    {
        var home = context.Venue(shift.BaseVenueId);
        var (at, free) = (home, context.Minute(shift.Start));
        var first = true;
        foreach (var stop in shift.Stops)
        {
            var place = context.PlaceOf(stop);
            var leg = stop.Kind == RotaStopKind.Break ? 0 : Leg(legs, shift.TravelMode, at, place);
            var name = stop.Kind == RotaStopKind.Break ? "the break" : context.VenueName(place?.Id ?? stop.VenueId);
            var earliest = free + (leg ?? 0);
            if (context.Minute(stop.Arrival) < earliest - RotaValidator.ToleranceMinutes)
            {
                var (after, soonest) = (Wording.Time(context.Clock.ToLocal(free)), Wording.Time(context.Clock.ToLocal(earliest)));
                var why = leg is { } travelled && travelled > 0
                    ? $"but {Wording.Minutes(travelled)} from {at?.Name} after {after} is {soonest} at the earliest"
                    : $"before {(first ? "the shift starts" : "the stop before it ends")} at {after}";
                context.Add(RotaRule.Timing, $"Shift {shift.Id} reaches {name} at {Wording.Time(stop.Arrival)}, {why}", shift.Id, venueId: stop.VenueId);
            }
            if (leg is { } minutes && Math.Abs(stop.TravelMinutes - minutes) > RotaValidator.TravelToleranceMinutes)
                context.Add(RotaRule.Timing, $"Shift {shift.Id} states {Wording.Minutes(stop.TravelMinutes)} of travel to {name}; the leg is {Wording.Minutes(minutes)}", shift.Id, venueId: stop.VenueId);
            if (context.Minutes(stop.Arrival, stop.Start) < -RotaValidator.ToleranceMinutes)
                context.Add(RotaRule.Timing, $"Shift {shift.Id} starts at {name} at {Wording.Time(stop.Start)}, before arriving at {Wording.Time(stop.Arrival)}", shift.Id, venueId: stop.VenueId);
            if (context.Minutes(stop.Start, stop.End) < -RotaValidator.ToleranceMinutes)
                context.Add(RotaRule.Timing, $"Shift {shift.Id} ends at {name} at {Wording.Time(stop.End)}, before starting at {Wording.Time(stop.Start)}", shift.Id, venueId: stop.VenueId);
            (free, first) = (context.Minute(stop.End), false);
            if (stop.Kind != RotaStopKind.Break)
                at = place;
        }
        Return(context, shift, legs, home, at, free);
    }

    private static void Return(RotaContext context, RotaShift shift, TravelLegs legs, PlanningVenue? home, PlanningVenue? at, double free)
    {
        var leg = Leg(legs, shift.TravelMode, at, home);
        var earliest = free + (leg ?? 0);
        if (context.Minute(shift.End) < earliest - RotaValidator.ToleranceMinutes)
            context.Add(RotaRule.Timing, $"Shift {shift.Id} ends at {Wording.Time(shift.End)}, but the way back to the base gets there at {Wording.Time(context.Clock.ToLocal(earliest))} at the earliest", shift.Id);
        if (leg is { } minutes && Math.Abs(shift.ReturnTravelMinutes - minutes) > RotaValidator.TravelToleranceMinutes)
            context.Add(RotaRule.Timing, $"Shift {shift.Id} states {Wording.Minutes(shift.ReturnTravelMinutes)} for the way back to the base; the leg is {Wording.Minutes(minutes)}", shift.Id);
    }

    /// <summary>Null when either end is unknown: the reference check has named it, and the order is all that can be checked.</summary>
    private static double? Leg(TravelLegs legs, TravelMode mode, PlanningVenue? from, PlanningVenue? to) =>
        from is null || to is null ? null : legs.Minutes(mode, from.Departure, to.Arrival);
}
