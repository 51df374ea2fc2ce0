using System.Globalization;
using Calendar = Ical.Net.Calendar;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Sessions;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Api.Me;

/// <summary>
/// A worker's shifts as an iCalendar feed (RFC 5545): an event a shift, its stops in order in the description. The
/// UID names the week, the rota shift and the worker, so a re-published shift updates in place, with SEQUENCE its rota
/// version; a shift taken away is CANCELLED at the version that took it. Times are Europe/London with its VTIMEZONE, to the
/// minute (a shift's start down to it, its end up).
/// A phone's calendar syncs to its provider's cloud, so the feed holds no position at all, and a restricted venue
/// reads as its kind and a pointer to the app, never by its name.
/// </summary>
public static class ShiftCalendar
{
    public const string MediaType = "text/calendar";

    private const string TimeZone = "Europe/London";

    public static string Write(CalendarFeed feed, IReadOnlyDictionary<string, VenueSnapshot> venues,
        IReadOnlyDictionary<string, FixedSessionSnapshot> sessions, IReadOnlyDictionary<string, WorkerSnapshot> partners, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//OutreachRouting//Rota//EN", Method = "PUBLISH" };
        calendar.AddTimeZone(TimeZone);
        foreach (var shift in feed.Shifts)
        {
            var shiftEvent = Event(feed, shift, RotaVersions.Number(shift.RotaVersion), now);
            shiftEvent.Status = EventStatus.Confirmed;
            shiftEvent.Summary = Summary(shift, partners);
            shiftEvent.Location = Place(shift.BaseVenueId, venues);
            shiftEvent.Description = string.Join("\n", shift.Stops.Select(s => Line(s, venues, sessions))
                .Append($"{Time(shift.End)} back at {Place(shift.BaseVenueId, venues)}"));
            calendar.Events.Add(shiftEvent);
        }

        foreach (var withdrawn in feed.Withdrawn)
        {
            var cancelled = Event(feed, withdrawn.Shift, RotaVersions.Number(withdrawn.WithdrawnIn), now);
            cancelled.Status = EventStatus.Cancelled;
            cancelled.Summary = "Cancelled: outreach shift";
            cancelled.Description = $"This shift is no longer yours since rota {withdrawn.WithdrawnIn}; see outreach week.";
            calendar.Events.Add(cancelled);
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent Event(CalendarFeed feed, ShiftAssignment shift, int sequence, DateTimeOffset now) => new()
    {
        Uid = $"{RotaVersions.Week(shift.RotaVersion)}.{shift.ShiftId}.{feed.WorkerId}@{feed.Team}.outreachrouting",
        Sequence = sequence,
        DtStart = Local(Minute(shift.Start)),
        DtEnd = Local(Minute(shift.End.AddTicks(TimeSpan.TicksPerMinute - 1))),
        DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId, true),
    };

    private static string Summary(ShiftAssignment shift, IReadOnlyDictionary<string, WorkerSnapshot> partners)
    {
        var visits = shift.Stops.Count(s => s.Kind != RotaStopKind.Break);
        var with = shift.PartnerWorkerId is { } p ? $"with {partners.GetValueOrDefault(p)?.Definition.DisplayName ?? p}" : "alone";
        return $"Outreach: {visits} stop{(visits == 1 ? "" : "s")}, {with}";
    }

    private static string Line(AssignedStop stop, IReadOnlyDictionary<string, VenueSnapshot> venues, IReadOnlyDictionary<string, FixedSessionSnapshot> sessions)
    {
        var when = $"{Time(stop.Start ?? stop.Arrival)}-{Time(stop.Departure)}";
        return stop.Kind switch
        {
            RotaStopKind.Break => $"{when} break",
            RotaStopKind.Session => $"{when} {(stop.SessionId is { } id && sessions.TryGetValue(id, out var s) ? s.Definition.Name : "session")} at {Place(stop.VenueId, venues)}",
            _ => $"{when} {Place(stop.VenueId, venues)}",
        };
    }

    /// <summary>A public venue by name and borough; a restricted one by its kind alone.</summary>
    private static string Place(string? venueId, IReadOnlyDictionary<string, VenueSnapshot> venues) =>
        venueId is null || !venues.TryGetValue(venueId, out var venue) ? "a venue (see the OutreachRouting app)"
        : venue.Definition.Sensitivity == Sensitivity.Restricted ? $"a {WireNames.Of(venue.Definition.Kind).Replace('-', ' ')} (restricted: see the OutreachRouting app)"
        : $"{venue.Definition.Name} ({venue.Definition.Borough})";

    /// <summary>The minute an instant falls in: a plan's times carry seconds a calendar would show as noise.</summary>
    private static DateTimeOffset Minute(DateTimeOffset instant) => new(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerMinute), instant.Offset);

    private static CalDateTime Local(DateTimeOffset instant) => new(TimeZoneInfo.ConvertTime(instant, London.Zone).DateTime, TimeZone, true);

    private static string Time(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London.Zone).ToString("HH:mm", CultureInfo.InvariantCulture);
}
