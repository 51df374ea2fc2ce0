using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OutreachRouting.Api;

namespace OutreachRouting.Tests.Api;

/// <summary>What the API refuses at start, and the development signing key, which it makes and trusts only as Development.</summary>
public sealed class ApiStartupTests : IDisposable
{
    private readonly string keyPath = Path.Combine(Path.GetTempPath(), $"outreach-startup-key-{Guid.NewGuid():N}.json");

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Demo")]
    public void Outside_development_without_an_authority_the_api_refuses_to_start_and_makes_no_key(string environment)
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => Build(environment));

        Assert.Equal(
            $"Authentication:Authority is not set; outside Development (this host runs as {environment}) tokens must come from an OIDC authority (set Authentication__Authority and Authentication__Audience)",
            refusal.Message);
        Assert.False(File.Exists(keyPath));
    }

    [Fact]
    public void With_an_authority_but_no_audience_the_api_refuses_to_start()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => Build(Environments.Production, ("Authentication:Authority", "https://login.example/")));

        Assert.Equal(
            "Authentication:Audience is not set; tokens from the authority 'https://login.example/' must name this API's audience (set Authentication__Audience)",
            refusal.Message);
    }

    [Fact]
    public async Task With_an_authority_even_a_development_api_makes_no_key()
    {
        await using var app = Build(Environments.Development, ("Authentication:Authority", "https://login.example/"), ("Authentication:Audience", "outreach-api"));

        Assert.False(File.Exists(keyPath));
    }

    [PostgresFact]
    public async Task As_development_the_api_makes_its_key_at_start_and_accepts_tokens_signed_with_it()
    {
        await using var server = await ApiServer.StartAsync();

        // Before any token is issued (issuing one would make the key too).
        Assert.True(File.Exists(server.KeyPath));
        using var manager = server.Client("manager", "startup");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("teams/startup/venues")).StatusCode);
    }

    [Theory]
    [InlineData("Orleans:AdvertisedAddress", "nonsense", "Orleans:AdvertisedAddress 'nonsense' is not an IP address")]
    [InlineData("Orleans:GatewayPort", "65536", "Orleans:GatewayPort '65536' is not a port (1 to 65535)")]
    [InlineData("Urls", "http://127.0.0.1:99999", "Urls 'http://127.0.0.1:99999' is not a listen address such as http://127.0.0.1:8080")]
    [InlineData("Urls", "127.0.0.1:8080", "Urls '127.0.0.1:8080' is not a listen address such as http://127.0.0.1:8080")]
    [InlineData("Orleans:Gateways", "10.0.0.5", "Orleans:Gateways holds '10.0.0.5', which is not an address:port such as 127.0.0.1:30000")]
    public void A_bad_setting_stops_the_api_before_it_starts_naming_the_setting_and_its_value(string setting, string value, string message)
    {
        var refusal = Assert.Throws<OptionsValidationException>(() => Build(Environments.Development, (setting, value)));

        Assert.Equal(message, refusal.Message);
    }

    public void Dispose() => File.Delete(keyPath);

    /// <summary>Builds the API without starting it: the database is never reached.</summary>
    private WebApplication Build(string environment, params (string Key, string Value)[] settings) =>
        ApiHost.Build(["--environment", environment], builder => builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Outreach"] = TestDatabase.Unreachable,
                ["Authentication:DevKeyPath"] = keyPath,
            }.Concat(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))));
}
