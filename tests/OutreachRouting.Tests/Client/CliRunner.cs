using OutreachRouting.Cli;

namespace OutreachRouting.Tests.Client;

/// <summary>Runs `outreach` in-process with a settings file of its own in a temporary folder.</summary>
public sealed class CliRunner : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("outreach-cli-").FullName;

    public string ConfigPath => Path.Combine(Folder, "config.json");

    /// <summary>Settings from the environment, over those of the file (OUTREACH_API, OUTREACH_TOKEN, OUTREACH_TEAM).</summary>
    public Dictionary<string, string?> Environment { get; } = [];

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    /// <param name="cancellationToken">Interrupts the command, as Ctrl+C does.</param>
    public async Task<CliResult> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        var environment = new Dictionary<string, string?>(Environment) { ["OUTREACH_CONFIG"] = ConfigPath, ["HOME"] = Folder };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, stdout, stderr, environment, cancellationToken);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
