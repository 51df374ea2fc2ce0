namespace OutreachRouting.Cli;

/// <summary>A failure told to the user as one plain line (exit code 1), such as "not signed in: run outreach login".</summary>
public sealed class CliException(string message, Exception? inner = null) : Exception(message, inner);
