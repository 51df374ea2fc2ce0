using OutreachRouting.Contracts.Schedules;

namespace OutreachRouting.Client;

public sealed partial class OutreachClient
{
    /// <summary>The signed-in worker's secret calendar link, made on first asking.</summary>
    public Task<CalendarLink> GetCalendarLinkAsync(string team, CancellationToken cancellationToken = default) =>
        channel.SendAsync<CalendarLink>(new HttpRequestMessage(HttpMethod.Get, Me(team, "calendar")), cancellationToken);

    /// <summary>A new calendar link; the one before stops working at once.</summary>
    public Task<CalendarLink> RotateCalendarLinkAsync(string team, CancellationToken cancellationToken = default) =>
        channel.SendAsync<CalendarLink>(new HttpRequestMessage(HttpMethod.Post, Me(team, "calendar/rotate")), cancellationToken);

    /// <summary>Revokes the calendar link: no link works until the worker rotates.</summary>
    public Task<CalendarLink> RevokeCalendarLinkAsync(string team, CancellationToken cancellationToken = default) =>
        channel.SendAsync<CalendarLink>(new HttpRequestMessage(HttpMethod.Delete, Me(team, "calendar")), cancellationToken);

    /// <summary>The iCalendar feed behind a link's secret (the last part of its URL, without ".ics"); the secret alone opens it.</summary>
    public Task<string> GetCalendarFeedAsync(string secret, CancellationToken cancellationToken = default) =>
        channel.SendForTextAsync(new HttpRequestMessage(HttpMethod.Get, $"calendar/{Uri.EscapeDataString(secret)}.ics"), cancellationToken);
}
