using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace OutreachRouting.Hosting;

/// <summary>
/// Checks the "Orleans" settings, each failure naming the setting and its value, so that a host refuses to start
/// with one plain line instead of failing later inside Orleans.
/// </summary>
internal sealed class OutreachOptionsValidator : IValidateOptions<OutreachOptions>
{
    private const string Prefix = OutreachOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, OutreachOptions options)
    {
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            failures.Add($"{Prefix}ClusterId is empty: silos and clients of one cluster share a cluster id");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceId))
        {
            failures.Add($"{Prefix}ServiceId is empty: grain state and reminders belong to a service id");
        }

        CheckPort(failures, nameof(options.SiloPort), options.SiloPort);
        CheckPort(failures, nameof(options.GatewayPort), options.GatewayPort);
        if (options.SiloPort == options.GatewayPort)
        {
            failures.Add($"{Prefix}SiloPort and {Prefix}GatewayPort are both '{options.SiloPort}': each needs a port of its own");
        }

        if (!IPAddress.TryParse(options.AdvertisedAddress, out var address) || !WrittenInFull(address, options.AdvertisedAddress))
        {
            failures.Add($"{Prefix}AdvertisedAddress '{options.AdvertisedAddress}' is not an IP address");
        }

        foreach (var gateway in options.GatewayList())
        {
            if (!IPEndPoint.TryParse(gateway, out var endpoint) || endpoint.Port == 0 || !WrittenInFull(endpoint.Address, gateway, endpoint.ToString()))
            {
                failures.Add($"{Prefix}Gateways holds '{gateway}', which is not an address:port such as 127.0.0.1:30000");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckPort(List<string> failures, string setting, int port)
    {
        if (port is < IPEndPoint.MinPort + 1 or > IPEndPoint.MaxPort)
        {
            failures.Add($"{Prefix}{setting} '{port}' is not a port (1 to 65535)");
        }
    }

    /// <summary>IPAddress.TryParse also takes "10.0.5" and "1" (for 10.0.0.5 and 0.0.0.1): an IPv4 address must be written in full.</summary>
    private static bool WrittenInFull(IPAddress address, string text, string? canonical = null) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 || (canonical ?? address.ToString()) == text;
}
