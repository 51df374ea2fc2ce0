using OutreachRouting.Rota.Planning;
using OutreachRouting.Rota.Travel;

namespace OutreachRouting.Rota.Editing;

/// <summary>
/// Applies a manager's edit to a rota: the visit goes where the manager says, at the position in that shift that
/// keeps it on time with the least extra travel, and the shifts it leaves and joins are re-timed. Whether the result
/// keeps every hard rule is the validator's call, not the editor's.
/// </summary>
public static class RotaEditor
{
    /// <returns>The input with the manager's pins as they now stand, and the edited rota with its figures.</returns>
    /// <exception cref="ArgumentException">The edit names a venue, visit, worker or day that does not fit this rota.</exception>
    public static async Task<(PlanningInput Input, WeeklyRota Rota)> ApplyAsync(
        PlanningInput input, WeeklyRota rota, VisitEdit edit, ITravelTimes travel, CancellationToken cancellation = default)
    {
        var week = new TeamWeek(input);
        if (!week.Venues.TryGetValue(edit.VenueId, out var venue) || venue.Role == VenueRole.Base)
            throw new ArgumentException($"'{edit.VenueId}' is not an active venue of team {input.Team} that can be visited.");
        var owed = DueVisits.Owed(input, venue, week.Clock);
        var number = edit.Kind == VisitEditKind.Add ? owed + 1 : edit.Visit;
        if (number < 1 || number > Math.Max(owed, 1) && edit.Kind != VisitEditKind.Add)
            throw new ArgumentException($"{venue.Name} has {owed} visit(s) due this week; there is no visit {edit.Visit}.");
        var pins = input.Pins.Where(p => !(p.VenueId == venue.Id && p.Visit == number)).ToList();
        var shifts = rota.Shifts.ToList();
        var unplaced = rota.Unplaced.Where(u => !(u.VenueId == venue.Id && u.Visit == number)).ToList();
        var current = shifts.FindIndex(s => s.Stops.Any(t => IsVisit(t, venue.Id, number)));

        PlanningVenue[] touched = [.. shifts.SelectMany(s => s.Stops).Select(s => s.VenueId).Append(venue.Id)
            .Concat(input.Workers.Select(w => w.BaseVenueId)).Concat(shifts.Select(s => s.BaseVenueId))
            .OfType<string>().Distinct().Select(id => week.Venues.GetValueOrDefault(id)).OfType<PlanningVenue>()];
        var places = await PlaceTable.BuildAsync(touched, Enum.GetValues<TravelMode>(), travel, cancellation);
        var timing = new ShiftTiming(week, places);

        if (current >= 0)
        {
            var without = shifts[current].Stops.Where(t => !IsVisit(t, venue.Id, number)).ToList();
            if (without.Any(t => t.Kind != RotaStopKind.Break))
                shifts[current] = timing.Retime(shifts[current], without, Earliest(week, shifts[current])).Shift;
            else
                shifts.RemoveAt(current);
        }
        if (edit.Kind == VisitEditKind.Remove)
        {
            if (current < 0)
                throw new ArgumentException($"Visit {number} to {venue.Name} is not in the rota.");
            unplaced.Add(new UnplacedVisit(venue.Id, number, UnplacedReason.RemovedByManager, "Removed by a manager."));
        }
        else
        {
            var worker = input.Workers.FirstOrDefault(w => w.Id == edit.WorkerId)
                ?? throw new ArgumentException($"'{edit.WorkerId}' is not a worker of team {input.Team}.");
            var day = edit.Day ?? throw new ArgumentException("Say which day the visit is to be made.");
            var pinned = edit.Kind != VisitEditKind.Move;
            if (pinned)
                pins.Add(new VisitPin(venue.Id, worker.Id, day, number));
            var target = shifts.FindIndex(s => s.Day == day && s.WorkerIds.Contains(worker.Id));
            var shift = target >= 0 ? shifts[target] : NewShift(week, worker, day, venue);
            var stop = new RotaStop(RotaStopKind.Visit, venue.Id, null, number, default, default, default, 0, pinned);
            var best = Enumerable.Range(0, shift.Stops.Count + 1)
                .Select(p => timing.Retime(shift, [.. shift.Stops.Take(p), stop, .. shift.Stops.Skip(p)], Earliest(week, shift)))
                .OrderBy(t => t.Lateness)
                .ThenBy(t => t.Shift.End - t.Shift.Start)
                .First();
            if (target >= 0)
                shifts[target] = best.Shift;
            else
                shifts.Add(best.Shift);
        }

        var edited = input with { Pins = pins };
        shifts = [.. shifts.OrderBy(s => s.Start).ThenBy(s => s.Id, StringComparer.Ordinal)];
        return (edited, rota with { Shifts = shifts, Unplaced = unplaced, Figures = RotaMeasures.Of(edited, shifts) });
    }

    private static bool IsVisit(RotaStop stop, string venueId, int number) =>
        stop.Kind == RotaStopKind.Visit && stop.VenueId == venueId && stop.Visit == number;

    /// <summary>The earliest the shift may leave: when all its workers' availability starts that day, or its planned start.</summary>
    private static double Earliest(TeamWeek week, RotaShift shift)
    {
        var planned = week.Clock.ToMinute(shift.Start);
        var starts = shift.WorkerIds
            .Select(id => week.Workers.FirstOrDefault(w => w.Id == id)?.Availability
                .Where(a => a.StartMinute <= planned && planned <= a.EndMinute)
                .Select(a => (double?)a.StartMinute)
                .FirstOrDefault())
            .ToList();
        return starts.All(s => s is not null) && starts.Count > 0 ? starts.Max()!.Value : planned;
    }

    /// <summary>
    /// A shift for a worker who has none that day: within their availability that day, or else the venue's access
    /// window (the validator will say the worker is not available, and the manager may keep it).
    /// </summary>
    private static RotaShift NewShift(TeamWeek week, PlanningWorker worker, DayOfWeek day, PlanningVenue venue)
    {
        var slot = worker.Availability.FirstOrDefault(a => a.Day == day)
            ?? venue.AccessWindows.FirstOrDefault(a => a.Day == day)
            ?? new WeeklySlot(day, new TimeOnly(9, 0), new TimeOnly(17, 0));
        var start = week.Clock.ToLocal(slot.StartMinute);
        return new RotaShift(ShiftIds.For(day, [worker.Id]), day, [worker.Id], worker.BaseVenueId,
            worker.TravelMode, start, start, [], 0);
    }
}
