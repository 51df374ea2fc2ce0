using OutreachRouting.Contracts.Schedules;

namespace OutreachRouting.Cli.Commands;

/// <summary>`outreach today` and `outreach week`: the signed-in worker's own shifts, and acknowledging what they read.</summary>
public static class MeCommands
{
    public static Command Today(CliContext context)
    {
        var (team, acknowledge) = (CommonOptions.Team(), Acknowledge());
        var command = new Command("today", "Your shifts today: stops in order, what each needs, and what changed since you last acknowledged.") { team, acknowledge };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
            await ShowAsync(context, parsed, client, teamId, await client.GetMyDayAsync(teamId, ct), parsed.GetValue(acknowledge), ct)));
        return command;
    }

    public static Command Week(CliContext context)
    {
        var (team, week, acknowledge) = (CommonOptions.Team(), CommonOptions.Week("this week"), Acknowledge());
        var command = new Command("week", "Your shifts of a week, marked against the version you last acknowledged.") { team, week, acknowledge };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
        {
            var view = await client.GetMyWeekAsync(teamId, parsed.GetValue(week)?.ToUpperInvariant(), ct);
            await ShowAsync(context, parsed, client, teamId, view, parsed.GetValue(acknowledge), ct);
        }));
        return command;
    }

    private static Option<bool> Acknowledge() => new("--acknowledge")
    {
        Description = "after showing them, acknowledge the rota versions shown, so their changes stop being marked",
    };

    /// <summary>Acknowledges exactly the versions shown: a newer one published meanwhile is refused (409), not skipped.</summary>
    private static async Task ShowAsync(CliContext context, ParseResult parsed, OutreachClient client, string team, ScheduleView view, bool acknowledge, CancellationToken ct)
    {
        context.Write(parsed, view, ScheduleViews.Schedule);
        if (!acknowledge)
            return;
        foreach (var week in view.Weeks.Where(w => w.Version > w.AcknowledgedVersion))
            context.Write(parsed, await client.AcknowledgeRotaAsync(team, week.Week, week.Version, ct), ScheduleViews.Acknowledged);
    }
}
