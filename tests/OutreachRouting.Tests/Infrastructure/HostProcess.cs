using System.Diagnostics;

namespace OutreachRouting.Tests.Infrastructure;

/// <summary>
/// Runs a host as its users do, the built program in a process of its own, for what only a process shows: what
/// it prints and its exit code.
/// </summary>
public static class HostProcess
{
    public const string Api = "api/OutreachRouting.Api/OutreachRouting.Api";
    public const string Silo = "silo/OutreachRouting.Silo/OutreachRouting.Silo";

    /// <param name="project">The project, from the repository's root (<see cref="Api"/>, <see cref="Silo"/>).</param>
    /// <param name="environment">Settings over those of this process; a null value removes one.</param>
    public static async Task<HostExit> RunAsync(string project, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        // Built with this test assembly's configuration and framework: the same bin/... under each project.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "OutreachRouting.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException($"No OutreachRouting.sln above {AppContext.BaseDirectory}.");
        }

        var output = Path.GetRelativePath(Path.Combine(root.FullName, "tests", "OutreachRouting.Tests"), AppContext.BaseDirectory);
        var folder = Path.Combine(root.FullName, Path.GetDirectoryName(project)!, output);

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(folder, Path.GetFileName(project) + ".dll"));
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{project} was still running after {timeout}: it did not refuse to start.");
        }

        return new HostExit(process.ExitCode, await stdout, await stderr);
    }
}
