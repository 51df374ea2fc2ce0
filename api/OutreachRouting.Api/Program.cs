using Microsoft.Extensions.Options;
using OutreachRouting.Api;
using OutreachRouting.Hosting.Database;

// `OutreachRouting.Api token ...` issues a development token; without arguments it serves the API.
if (args is ["token", .. var tokenArgs])
{
    var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();
    return TokenCommand.Run(tokenArgs, configuration);
}

try
{
    await ApiHost.Build(args).RunAsync();
    return 0;
}
catch (Exception e) when (e is SchemaException or InvalidOperationException or OptionsValidationException or Npgsql.NpgsqlException)
{
    Console.Error.WriteLine($"outreach api: {e.Message}");
    return 1;
}
