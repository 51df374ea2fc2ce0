using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachRouting.Hosting;

namespace OutreachRouting.Tests.Hosting;

/// <summary>The silo's settings are checked before the host is built, and again when it starts, by one validator.</summary>
public sealed class SiloSettingsTests
{
    [Theory]
    [InlineData("Orleans:AdvertisedAddress", "10.0.5", "Orleans:AdvertisedAddress '10.0.5' is not an IP address")]
    [InlineData("Orleans:AdvertisedAddress", "", "Orleans:AdvertisedAddress '' is not an IP address")]
    [InlineData("Orleans:SiloPort", "0", "Orleans:SiloPort '0' is not a port (1 to 65535)")]
    [InlineData("Orleans:SiloPort", "30000", "Orleans:SiloPort and Orleans:GatewayPort are both '30000': each needs a port of its own")]
    [InlineData("Orleans:ClusterId", "", "Orleans:ClusterId is empty: silos and clients of one cluster share a cluster id")]
    [InlineData("Orleans:ServiceId", " ", "Orleans:ServiceId is empty: grain state and reminders belong to a service id")]
    public void A_bad_setting_stops_the_silo_before_it_is_built(string setting, string value, string message)
    {
        var builder = Builder(new() { [setting] = value, ["Orleans:GatewayPort"] = "30000" });

        var refusal = Assert.Throws<OptionsValidationException>(() => builder.AddOutreachSilo());
        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void Every_bad_setting_is_named_on_one_line()
    {
        var builder = Builder(new() { ["Orleans:SiloPort"] = "-1", ["Orleans:AdvertisedAddress"] = "nonsense" });

        var refusal = Assert.Throws<OptionsValidationException>(() => builder.AddOutreachSilo());
        Assert.Equal("Orleans:SiloPort '-1' is not a port (1 to 65535); Orleans:AdvertisedAddress 'nonsense' is not an IP address", refusal.Message);
    }

    [Fact]
    public async Task A_setting_changed_after_the_silo_was_configured_is_checked_again_at_start()
    {
        var builder = Builder(new()
        {
            ["Orleans:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.AddOutreachSilo();
        builder.Configuration["Orleans:ServiceId"] = "";
        using var host = builder.Build();

        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Equal("Orleans:ServiceId is empty: grain state and reminders belong to a service id", refusal.Message);
    }

    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Outreach"] = TestDatabase.Unreachable });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        return builder;
    }
}
