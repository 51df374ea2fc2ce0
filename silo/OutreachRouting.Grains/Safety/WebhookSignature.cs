using System.Security.Cryptography;
using System.Text;

namespace OutreachRouting.Grains.Safety;

/// <summary>The on-call webhook's signature: the HMAC-SHA256 of the body's exact bytes under the team's secret, in hex.</summary>
public static class WebhookSignature
{
    public const string Header = "Outreach-Signature";
    public const string DeliveryHeader = "Outreach-Delivery";
    public const string EventHeader = "Outreach-Event";
    private const string Scheme = "sha256=";

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
