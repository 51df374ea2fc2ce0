namespace OutreachRouting.Cli.Settings;

/// <summary>What `outreach login` saves: where the API is, the bearer token, and the team commands act for by default.</summary>
public sealed record CliSettings(string Api, string Token, string? Team);
