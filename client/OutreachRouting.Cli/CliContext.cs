using System.Net;
using System.Text.Json;
using OutreachRouting.Cli.Settings;

namespace OutreachRouting.Cli;

/// <summary>What every command shares: the global options, where the settings live, the connection, and output.</summary>
public sealed class CliContext(TextWriter output, IDictionary<string, string?> environment)
{
    private static readonly JsonSerializerOptions IndentedJson = new(OutreachJson.Options) { WriteIndented = true };

    public Option<string?> ConfigOption { get; } = new("--config") { Description = "the settings file (default: $OUTREACH_CONFIG, else $XDG_CONFIG_HOME/outreach/config.json)", Recursive = true };

    public Option<bool> JsonOption { get; } = new("--json") { Description = "print the API's JSON instead of a table", Recursive = true };

    public TextWriter Out => output;

    public ConfigStore Store(ParseResult parsed) => new(parsed.GetValue(ConfigOption) ?? ConfigStore.DefaultPath(environment));

    /// <summary>Runs <paramref name="action"/> with a client of the signed-in API and the team to act for.</summary>
    public async Task RunAsync(ParseResult parsed, Option<string?> teamOption, Func<OutreachClient, string, Task> action)
    {
        var saved = Store(parsed).Load();
        var api = Setting("OUTREACH_API") ?? saved?.Api;
        var token = Setting("OUTREACH_TOKEN") ?? saved?.Token;
        if (api is null || token is null)
        {
            throw new CliException("not signed in: run outreach login");
        }

        var team = parsed.GetValue(teamOption) ?? Setting("OUTREACH_TEAM") ?? saved?.Team
            ?? throw new CliException("no team: pass --team TEAM, or sign in with outreach login --team TEAM");
        var root = Uri.TryCreate(api, UriKind.Absolute, out var uri) ? uri : throw new CliException($"the API address '{api}' is not an absolute URL");
        using var client = new OutreachClient(root, token);
        await GuardAsync(root, () => action(client, team));
    }

    /// <summary>Network failures as the one line "cannot reach the API at URL", not a stack trace.</summary>
    public static async Task GuardAsync(Uri api, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (HttpRequestException e) when (e.StatusCode is null)
        {
            throw new CliException($"cannot reach the API at {api}: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            throw new CliException($"cannot reach the API at {api}: no answer in time", e);
        }
        catch (OutreachApiException e) when (e.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new CliException($"{e.Message} (sign in again: outreach login)", e);
        }
    }

    /// <summary>The value as the API sent it with --json; otherwise the human view.</summary>
    public void Write<T>(ParseResult parsed, T value, Action<T, TextWriter> human)
    {
        if (parsed.GetValue(JsonOption))
        {
            output.WriteLine(JsonSerializer.Serialize(value, IndentedJson));
        }
        else
        {
            human(value, output);
        }
    }

    /// <summary>Text the API gave (GeoJSON, JSON) to the terminal, or to a file with a line saying where.</summary>
    public async Task WriteTextAsync(FileInfo? target, string text, string what, CancellationToken cancellationToken)
    {
        if (target is null)
        {
            output.WriteLine(text);
            return;
        }

        await File.WriteAllTextAsync(target.FullName, text, cancellationToken);
        output.WriteLine($"Wrote {what} to {target.FullName}");
    }

    private string? Setting(string name) => environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
