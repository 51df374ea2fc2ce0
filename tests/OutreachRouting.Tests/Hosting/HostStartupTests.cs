namespace OutreachRouting.Tests.Hosting;

/// <summary>A host that refuses to start says why in one plain line on stderr, nothing else, and exits with 1.</summary>
public sealed class HostStartupTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly string keyPath = Path.Combine(Path.GetTempPath(), $"outreach-startup-key-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task The_api_refuses_a_bad_address()
    {
        var exit = await HostProcess.RunAsync(HostProcess.Api, Settings("Development", ("Orleans__AdvertisedAddress", "nonsense")), Timeout);

        Assert.Equal(new HostExit(1, "", $"outreach api: Orleans:AdvertisedAddress 'nonsense' is not an IP address{Environment.NewLine}"), exit);
    }

    [Fact]
    public async Task The_api_refuses_to_run_in_production_without_an_authority()
    {
        var exit = await HostProcess.RunAsync(HostProcess.Api, Settings("Production"), Timeout);

        Assert.Equal(
            new HostExit(1, "", $"outreach api: Authentication:Authority is not set; outside Development (this host runs as Production) tokens must come from an OIDC authority (set Authentication__Authority and Authentication__Audience){Environment.NewLine}"),
            exit);
        Assert.False(File.Exists(keyPath));
    }

    [Fact]
    public async Task The_silo_refuses_a_bad_port()
    {
        var exit = await HostProcess.RunAsync(HostProcess.Silo, Settings("Production", ("Orleans__GatewayPort", "70000")), Timeout);

        Assert.Equal(new HostExit(1, "", $"outreach silo: Orleans:GatewayPort '70000' is not a port (1 to 65535){Environment.NewLine}"), exit);
    }

    public void Dispose() => File.Delete(keyPath);

    /// <summary>The host's environment: this test run's, with these settings over it.</summary>
    private Dictionary<string, string?> Settings(string environment, params (string Name, string Value)[] settings)
    {
        var variables = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["DOTNET_ENVIRONMENT"] = null,
            ["ConnectionStrings__Outreach"] = TestDatabase.Unreachable,
            ["Authentication__DevKeyPath"] = keyPath,
        };
        foreach (var (name, value) in settings)
        {
            variables[name] = value;
        }

        return variables;
    }
}
