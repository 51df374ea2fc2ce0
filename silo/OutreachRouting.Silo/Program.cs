using Microsoft.Extensions.Options;
using OutreachRouting.Hosting;
using OutreachRouting.Hosting.Database;
using OutreachRouting.Hosting.Health;

// `OutreachRouting.Silo migrate` brings the database to this build's schema and exits; without arguments it runs the silo.
var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddOutreachSilo();
    var app = builder.Build();
    if (args is ["migrate", ..])
    {
        var result = await app.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        Console.WriteLine(result.Applied.Count == 0
            ? $"Schema is current at version {result.ToVersion}."
            : $"Schema migrated from version {result.FromVersion} to {result.ToVersion}: {string.Join(", ", result.Applied)}.");
        return 0;
    }

    app.MapOutreachHealth();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is SchemaException or InvalidOperationException or OptionsValidationException or Npgsql.NpgsqlException)
{
    Console.Error.WriteLine($"outreach silo: {e.Message}");
    return 1;
}
