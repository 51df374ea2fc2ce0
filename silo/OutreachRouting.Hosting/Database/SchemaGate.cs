using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace OutreachRouting.Hosting.Database;

/// <summary>Runs before the silo starts: migrates, or checks that the schema is this build's, and stops the host if not.</summary>
internal sealed class SchemaGate(SchemaMigrator migrator, IOptions<OutreachOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStart)
        {
            await migrator.MigrateAsync(cancellationToken);
        }
        else
        {
            await migrator.EnsureCurrentAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
