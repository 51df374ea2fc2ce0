using System.Globalization;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Schedules;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Cli.Output;

/// <summary>A worker's day or week as the phone's terminal shows it: a block a shift, what changed marked with *.</summary>
public static class ScheduleViews
{
    public static void Schedule(ScheduleView view, TextWriter writer)
    {
        foreach (var week in view.Weeks.Where(w => w.Version > 0))
        {
            writer.WriteLine(week.AcknowledgedVersion >= week.Version
                ? $"{week.Week}: rota version {week.Version}, acknowledged"
                : week.AcknowledgedVersion == 0
                    ? $"{week.Week}: rota version {week.Version}, not yet acknowledged (outreach week --acknowledge)"
                    : $"{week.Week}: rota version {week.Version}; * marks what changed since version {week.AcknowledgedVersion}, which you acknowledged");
        }

        if (view.Shifts.Count == 0 && view.Removed.Count == 0)
            writer.WriteLine($"No shifts from {London.Show(view.From)} to {London.Show(view.To)}.");
        foreach (var shift in view.Shifts.Concat(view.Removed))
        {
            writer.WriteLine();
            Shift(shift, writer);
        }
    }

    public static void Acknowledged(RotaWeekStatus status, TextWriter writer) =>
        writer.WriteLine($"{status.Week}: version {status.Version} acknowledged.");

    public static void CalendarLink(CalendarLink link, TextWriter writer) => writer.WriteLine(link.Url is { } url
        ? $"{url}\nSubscribe your phone's calendar to this link; keep it to yourself (anyone with it reads your shifts)."
        : "Your calendar link is revoked: outreach calendar rotate makes a new one.");

    private static void Shift(ScheduleShift shift, TextWriter writer)
    {
        var mark = shift.Change switch
        {
            ShiftChange.Unchanged => "",
            ShiftChange.New => "* new: ",
            ShiftChange.Changed => "* changed: ",
            ShiftChange.Removed => "* removed, no longer yours: ",
            _ => throw new ArgumentOutOfRangeException(nameof(shift), shift.Change, null),
        };
        var with = shift.Partner is { } p ? $"with {p.DisplayName}" : "alone";
        writer.WriteLine($"{mark}{London.Show(shift.Start)}-{Time(shift.End)}  {shift.ShiftId}  {with}, {Display.Name(shift.TravelMode)}, from {Place(shift.Base)}");
        if (shift.Change == ShiftChange.Removed)
            return;
        var table = new TextTable("", "stop", "arrive", "start", "leave", "travel", "where", "kind", "needs", "window", "position");
        foreach (var stop in shift.Stops)
            table.Add(Row(stop, stop.Changed ? "*" : ""));
        foreach (var stop in shift.RemovedStops)
            table.Add(Row(stop, "removed"));
        table.Write(writer);
        writer.WriteLine($"back by {Time(shift.End)} ({Minutes(shift.ReturnTravelMinutes)} travel)");
    }

    private static string[] Row(ScheduleStop stop, string mark) =>
    [
        mark, stop.StopId ?? "-", Time(stop.Arrival), Time(stop.Start), Time(stop.Departure), Minutes(stop.TravelMinutes),
        stop.Kind == RotaStopKind.Break ? "break" : stop.Session is { } s ? $"{s.Name ?? s.Id} at {Place(stop.Venue)}" : Place(stop.Venue),
        stop.Venue?.Kind is { } kind ? Display.Name(kind) : "-",
        Needs(stop),
        stop.Venue?.AccessWindow is { } window ? Display.Window(window) : "-",
        stop.Venue is null ? "-" : Display.Location(stop.Venue.Location),
    ];

    private static string Needs(ScheduleStop stop)
    {
        var needs = stop.Venue?.Needs;
        var list = new List<string>();
        if (needs?.PairRequired == true) list.Add("pair");
        if (needs?.WomenOnly == true) list.Add("women only");
        if (needs?.TestingKit == true) list.Add("testing kit");
        list.AddRange(needs?.Languages ?? []);
        if (stop.Session?.Mediator is { } mediator) list.Add($"with {mediator}");
        if (stop.Session?.Partner is { } partner) list.Add($"run by {partner}");
        return Display.List(list);
    }

    private static string Place(StopVenue? venue) =>
        venue is null ? "-" : venue.Name is { } name ? $"{name} ({venue.Borough})" : venue.Id;

    private static string Time(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, London.Zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Minutes(double minutes) => $"{Math.Round(minutes).ToString(CultureInfo.InvariantCulture)} min";
}
