namespace OutreachRouting.Hosting.Database;

public sealed record MigrationResult(int FromVersion, int ToVersion, IReadOnlyList<string> Applied);
