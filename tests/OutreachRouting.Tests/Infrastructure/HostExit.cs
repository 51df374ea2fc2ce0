namespace OutreachRouting.Tests.Infrastructure;

public sealed record HostExit(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}
