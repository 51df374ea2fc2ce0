namespace OutreachRouting.Cli.Commands;

/// <summary>`outreach venues|workers|sessions list`: one page of the team's entries, filtered, as a table or JSON.</summary>
public static class ListCommand
{
    /// <param name="list">Asks for the page: the client, the team, the parsed line (for the filters), skip and take.</param>
    public static Command Build<TItem>(CliContext context, string description, IEnumerable<Option> filters,
        Func<OutreachClient, string, ParseResult, int, int, CancellationToken, Task<Page<TItem>>> list, Action<Page<TItem>, TextWriter> table)
    {
        var team = CommonOptions.Team();
        var skip = new Option<int>("--skip") { Description = "leave out this many items first", DefaultValueFactory = _ => 0 };
        var take = new Option<int>("--take") { Description = "list at most this many (at most 500)", DefaultValueFactory = _ => 50 };
        var command = new Command("list", description) { team };
        foreach (var filter in filters)
        {
            command.Add(filter);
        }

        command.Add(skip);
        command.Add(take);
        command.SetAction((parsed, cancellationToken) => context.RunAsync(parsed, team, async (client, teamId) =>
            context.Write(parsed, await list(client, teamId, parsed, parsed.GetValue(skip), parsed.GetValue(take), cancellationToken), table)));
        return command;
    }
}
