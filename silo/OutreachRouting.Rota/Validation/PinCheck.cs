namespace OutreachRouting.Rota.Validation;

/// <summary>
/// Every pin kept: its worker visits its venue on a shift filed under its day. A pin the planner could not keep is
/// still a broken pin; the message repeats the rota's own reason when it lists one.
/// </summary>
internal static class PinCheck
{
    public static void Run(RotaContext context)
    {
        foreach (var pin in context.Input.Pins)
        {
            var kept = context.Rota.Shifts.Any(shift =>
                shift.Day == pin.Day
                && shift.WorkerIds.Contains(pin.WorkerId)
                && shift.Stops.Any(s => s.Kind == RotaStopKind.Visit && s.VenueId == pin.VenueId && (pin.Visit == 0 || s.Visit == pin.Visit)));
            if (kept)
                continue;
            var reason = context.Rota.Unplaced.FirstOrDefault(u => u.VenueId == pin.VenueId && u.Reason == UnplacedReason.PinNotPossible);
            context.Add(
                RotaRule.Pin,
                $"{context.WorkerName(pin.WorkerId)} is pinned to visit {context.VenueName(pin.VenueId)} on {pin.Day}, and the rota does not have it{(reason is null ? "" : $" (the rota says: {reason.Message})")}",
                workerId: pin.WorkerId,
                venueId: pin.VenueId);
        }
    }
}
