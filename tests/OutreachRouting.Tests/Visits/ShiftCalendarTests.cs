using System.Globalization;
using Ical.Net;
using OutreachRouting.Api.Me;
using Calendar = Ical.Net.Calendar;

namespace OutreachRouting.Tests.Visits;

/// <summary>The feed's events keep the hours a worker will work when a night shift spans the clocks going forward or back.</summary>
public sealed class ShiftCalendarTests
{
    [Theory]
    // Clocks go forward at 01:00 UTC on 28 March 2027: 23:30 GMT to 03:30 BST is three hours.
    [InlineData("2027-03-27T23:30:00Z", "2027-03-28T02:30:00Z", "23:30", "03:30")]
    // And back at 01:00 UTC on 31 October 2027: midnight BST to 02:00 GMT is three hours.
    [InlineData("2027-10-30T23:00:00Z", "2027-10-31T02:00:00Z", "00:00", "02:00")]
    public void A_night_shift_across_a_clock_change_keeps_its_instants_and_its_London_hours(string start, string end, string localStart, string localEnd)
    {
        var (from, to) = (DateTimeOffset.Parse(start, CultureInfo.InvariantCulture), DateTimeOffset.Parse(end, CultureInfo.InvariantCulture));
        var week = OutreachKeys.WeekOf(DateOnly.FromDateTime(from.UtcDateTime));
        var shift = new ShiftAssignment(RotaVersions.Of(week, 3), from, to, null,
            [new AssignedStop("bar", from.AddMinutes(20), from.AddMinutes(50), Start: from.AddMinutes(20), StopId: $"{week}.bar.1")], ShiftId: "sat/mei", BaseVenueId: "clinic");
        var gone = new WithdrawnShift(shift with { ShiftId = "sat/tom+mei", Start = from.AddHours(-1) }, RotaVersions.Of(week, 4));
        var feed = new CalendarFeed("clash", "mei", "Mei", [shift], [gone]);

        var calendar = Calendar.Load(ShiftCalendar.Write(feed, new Dictionary<string, VenueSnapshot>(), new Dictionary<string, Contracts.Sessions.FixedSessionSnapshot>(),
            new Dictionary<string, WorkerSnapshot>(), from.AddDays(-3)))!;

        var shiftEvent = calendar.Events.Single(e => e.Status == EventStatus.Confirmed);
        Assert.Equal($"{week}.sat/mei.mei@clash.outreachrouting", shiftEvent.Uid);
        Assert.Equal((from.UtcDateTime, to.UtcDateTime), (shiftEvent.DtStart!.AsUtc, shiftEvent.DtEnd!.AsUtc));
        Assert.Equal((localStart, localEnd), (shiftEvent.DtStart.Value.ToString("HH:mm", CultureInfo.InvariantCulture), shiftEvent.DtEnd.Value.ToString("HH:mm", CultureInfo.InvariantCulture)));
        Assert.Equal(3, shiftEvent.Sequence);
        var cancelled = calendar.Events.Single(e => e.Status == EventStatus.Cancelled);
        Assert.Equal(($"{week}.sat/tom+mei.mei@clash.outreachrouting", 4), (cancelled.Uid, cancelled.Sequence));

        var london = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/London", london.TzId);
        Assert.Contains(london.Children, c => c.Name == "DAYLIGHT");
        Assert.Contains(london.Children, c => c.Name == "STANDARD");
    }
}
