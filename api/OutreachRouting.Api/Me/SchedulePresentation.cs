using Microsoft.Extensions.Caching.Memory;
using OutreachRouting.Api.Venues;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Schedules;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Sessions;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Api.Me;

/// <summary>
/// Turns the worker grain's marked shifts into what the phone shows: each stop with its venue (through
/// <see cref="VenuePresentation"/>, so a restricted position follows the one rule), its session and the partner's name.
/// The venues, sessions and partners are read through <see cref="RegisterCache"/>.
/// </summary>
public static class SchedulePresentation
{
    public static async Task<ScheduleView> ForAsync(
        string team, string workerId, DateTimeOffset from, DateTimeOffset to, ClaimsPrincipal user, IGrainFactory grains, IMemoryCache cache, TimeProvider time)
    {
        var schedule = await grains.GetGrain<IWorkerGrain>(OutreachKeys.For(team, workerId)).GetScheduleAsync(from, to, VenuePresentation.AssignedSince(time));
        var assigned = schedule.AssignedVenueIds.ToHashSet(StringComparer.Ordinal);

        var shifts = schedule.Shifts.Select(s => s.Shift).Concat(schedule.Removed).ToList();
        var stops = shifts.SelectMany(s => s.Stops).Concat(schedule.Shifts.SelectMany(s => s.RemovedStops)).ToList();
        var venues = await RegisterCache.LookUpAsync<IVenueGrain, VenueDefinition, VenueSnapshot>(grains, cache, team, stops.Select(s => s.VenueId).Concat(shifts.Select(s => s.BaseVenueId)));
        var sessions = await RegisterCache.LookUpAsync<IFixedSessionGrain, FixedSessionDefinition, FixedSessionSnapshot>(grains, cache, team, stops.Select(s => s.SessionId));
        var partners = await RegisterCache.LookUpAsync<IWorkerGrain, WorkerDefinition, WorkerSnapshot>(grains, cache, team, shifts.Select(s => s.PartnerWorkerId));

        StopVenue? Venue(string? id, DateTimeOffset at)
        {
            if (id is not { Length: > 0 })
                return null;
            if (venues.GetValueOrDefault(id) is not { } venue)
                return new StopVenue(id, null, null, null, null, null, null, null);
            var shown = VenuePresentation.For(venue, user, assigned).Definition;
            return new StopVenue(id, shown.Name, shown.Kind, shown.Borough, shown.Sensitivity, shown.Needs, WindowAt(shown.AccessWindows, at), shown.Location);
        }

        ScheduleStop Stop(AssignedStop stop, bool changed)
        {
            var begins = stop.Start ?? stop.Arrival;
            var session = stop.SessionId is { } sid
                ? sessions.GetValueOrDefault(sid) is { Definition: var s } ? new StopSession(sid, s.Name, s.Kind, s.Partner, s.Mediator) : new StopSession(sid, null, null, null, null)
                : null;
            return new ScheduleStop(stop.StopId, stop.Kind, stop.TravelMinutes, stop.Arrival, begins, stop.Departure, changed,
                stop.Kind == RotaStopKind.Break ? null : Venue(stop.VenueId, begins), session);
        }

        ScheduleShift Shift(ShiftAssignment shift, ShiftChange change, IReadOnlyCollection<string> changedStops, IReadOnlyList<AssignedStop> removedStops) => new(
            shift.ShiftId, shift.RotaVersion, shift.Start, shift.End, change,
            shift.PartnerWorkerId is { } p ? new ShiftPartner(p, partners.GetValueOrDefault(p)?.Definition.DisplayName ?? p) : null,
            Venue(shift.BaseVenueId, shift.Start), shift.TravelMode, shift.ReturnTravelMinutes,
            [.. shift.Stops.Select(s => Stop(s, change == ShiftChange.New || (s.StopId is not null && changedStops.Contains(s.StopId))))],
            [.. removedStops.Select(s => Stop(s, true))]);

        return new ScheduleView(
            team, workerId, from, to, schedule.Weeks, schedule.Weeks.All(w => w.AcknowledgedVersion >= w.Version),
            [.. schedule.Shifts.Select(s => Shift(s.Shift, s.Change, s.ChangedStopIds, s.RemovedStops))],
            [.. schedule.Removed.Select(s => Shift(s, ShiftChange.Removed, [], []))]);
    }

    /// <summary>The venue's access window that the moment falls in, London time; a window may run past midnight.</summary>
    private static WeeklyWindow? WindowAt(IReadOnlyList<WeeklyWindow> windows, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, London.Zone).DateTime;
        return windows.FirstOrDefault(w => new[] { local.Date, local.Date.AddDays(-1) }.Any(day =>
            day.DayOfWeek == w.Day && day + w.Start.ToTimeSpan() <= local && local < day + w.Start.ToTimeSpan() + w.Duration()));
    }
}
