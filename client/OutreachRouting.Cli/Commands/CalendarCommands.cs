using OutreachRouting.Contracts.Schedules;

namespace OutreachRouting.Cli.Commands;

/// <summary>`outreach calendar link|rotate|revoke`: the signed-in worker's secret link to subscribe a phone's calendar to their shifts.</summary>
public static class CalendarCommands
{
    public static Command Build(CliContext context) => new("calendar", "Your calendar subscription: a secret link a phone's calendar follows to show your shifts.")
    {
        Action(context, "link", "Show your calendar link (made on first asking).", (client, team, ct) => client.GetCalendarLinkAsync(team, ct)),
        Action(context, "rotate", "Make a new link: the one before stops working at once (do this if the link was shared or a phone lost).",
            (client, team, ct) => client.RotateCalendarLinkAsync(team, ct)),
        Action(context, "revoke", "Revoke your link: no link works until you rotate.", (client, team, ct) => client.RevokeCalendarLinkAsync(team, ct)),
    };

    private static Command Action(CliContext context, string name, string description, Func<OutreachClient, string, CancellationToken, Task<CalendarLink>> call)
    {
        var team = CommonOptions.Team();
        var command = new Command(name, description) { team };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
            context.Write(parsed, await call(client, teamId, ct), ScheduleViews.CalendarLink)));
        return command;
    }
}
