namespace OutreachRouting.Tests.Infrastructure;

/// <summary>
/// A test that needs a real PostgreSQL server. deploy/test.sh provides one (OUTREACH_TEST_POSTGRES); run
/// alone with `dotnet test`, such a test is skipped and says why. Under CI a missing server is a failure.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = SkipReason;

    /// <summary>Why a test that needs PostgreSQL cannot run here, or null when it can (or must: under CI).</summary>
    public static string? SkipReason =>
        TestDatabase.ServerConnectionString is null && Environment.GetEnvironmentVariable("CI") != "true"
            ? $"needs PostgreSQL: run deploy/test.sh, or set {TestDatabase.ServerVariable} to a server connection string"
            : null;
}
