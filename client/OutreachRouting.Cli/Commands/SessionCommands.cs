using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Cli.Commands;

/// <summary>`outreach sessions list|show`: the weekly fixed sessions (walk-in clinics, partner sessions).</summary>
public static class SessionCommands
{
    public static Command Build(CliContext context)
    {
        var kind = CommonOptions.Choice<SessionKind>("--kind", "only sessions of this kind");
        var status = CommonOptions.Choice<SessionStatus>("--status", "only sessions with this status");
        return new Command("sessions", "The team's fixed weekly sessions.")
        {
            ListCommand.Build(context, "List the team's fixed sessions, a page at a time.", [kind, status],
                (client, team, parsed, skip, take, ct) => client.ListSessionsAsync(team,
                    new SessionQuery(parsed.Value<SessionKind>(kind), parsed.Value<SessionStatus>(status), skip, take), ct),
                SessionViews.Table),
            ShowCommand.Build(context, "session", "Show one fixed session: slot, staffing, partner.", (client, team, id, ct) => client.GetSessionAsync(team, id, ct), SessionViews.Details),
        };
    }
}
