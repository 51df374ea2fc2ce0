namespace OutreachRouting.Cli.Commands;

/// <summary>`outreach venues|workers|sessions show ID`: one entry as a key/value view, or its JSON.</summary>
public static class ShowCommand
{
    public static Command Build<T>(CliContext context, string noun, string description, Func<OutreachClient, string, string, CancellationToken, Task<T>> get, Action<T, TextWriter> view)
    {
        var team = CommonOptions.Team();
        var id = new Argument<string>("id") { Description = $"the {noun}'s id" };
        var command = new Command("show", description) { team, id };
        command.SetAction((parsed, cancellationToken) => context.RunAsync(parsed, team, async (client, teamId) =>
            context.Write(parsed, await get(client, teamId, parsed.GetValue(id)!, cancellationToken), view)));
        return command;
    }
}
