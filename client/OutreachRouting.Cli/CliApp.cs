using System.Globalization;
using OutreachRouting.Cli.Commands;

namespace OutreachRouting.Cli;

/// <summary>
/// The `outreach` tool, runnable in-process. Exit codes: 0 done, 1 the API or the network refused (a plain
/// message on stderr, as for a file that cannot be read or written), 2 the command line itself was wrong.
/// </summary>
public static class CliApp
{
    public const int Failed = 1;
    public const int Usage = 2;

    /// <param name="environment">OUTREACH_* and XDG_CONFIG_HOME/HOME settings; the process environment when null.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(stdout, environment ?? ProcessEnvironment());
        var root = new RootCommand("Plan a sexual-health outreach team's work: the OutreachRouting API from a terminal.")
        {
            context.ConfigOption,
            context.JsonOption,
            SignInCommands.Login(context),
            SignInCommands.Logout(context),
            VenueCommands.Build(context),
            WorkerCommands.Build(context),
            SessionCommands.Build(context),
            RotaCommands.Build(context),
            MeCommands.Today(context),
            MeCommands.Week(context),
            CalendarCommands.Build(context),
            VisitCommands.Build(context),
            VisitCommands.BuildReports(context),
            SafetyCommands.CheckIn(context),
            SafetyCommands.CheckOut(context),
            SafetyCommands.Alarm(context),
            SafetyCommands.Alerts(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await stderr.WriteLineAsync($"outreach: {string.Join(" ", parsed.Errors.Select(e => OneLine(e.Message)))} (see outreach --help)");
            return Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception e) when (e is CliException or OutreachApiException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"outreach: {e.Message}");
            return Failed;
        }
    }

    /// <summary>"Must be one of:" followed by one choice a line becomes "Must be one of: 'bar', 'club'".</summary>
    private static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 1 ? lines[0] : $"{lines[0]} {string.Join(", ", lines[1..])}";
    }

    private static Dictionary<string, string?> ProcessEnvironment() =>
        System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => Convert.ToString(e.Key, CultureInfo.InvariantCulture)!, e => Convert.ToString(e.Value, CultureInfo.InvariantCulture));
}
