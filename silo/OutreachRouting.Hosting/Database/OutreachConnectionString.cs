using Npgsql;

namespace OutreachRouting.Hosting.Database;

public static class OutreachConnectionString
{
    /// <summary>
    /// The configured connection string, with defaults for the way the cluster uses the database: the same few
    /// storage, membership and reminder statements run over and over, so they are prepared once per connection
    /// rather than parsed and planned on every call; no session state is ever set, so connections need no reset
    /// when they go back to the pool; and the pool is small, because PostgreSQL does best with a few busy
    /// backends per core (docs/benchmarks.md has the figures).
    /// Settings the operator gave are kept.
    /// </summary>
    public static string WithDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Max Pool Size"))
        {
            builder.MaxPoolSize = 32;
        }

        if (!builder.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!builder.ContainsKey("No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
