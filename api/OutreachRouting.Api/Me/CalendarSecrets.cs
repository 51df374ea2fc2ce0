using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OutreachRouting.Api.Me;

/// <summary>
/// A calendar link's secret is an HMAC of the worker and the link's generation under the server's calendar key
/// (Calendar:Key), so the API can show a worker their link again while the database holds only its SHA-256: a copy
/// of the database opens no one's feed. In Development with neither a key nor an authority, one is derived from the local signing key.
/// </summary>
public sealed class CalendarSecrets
{
    public const string KeySetting = "Calendar:Key";

    /// <summary>43 characters: 32 bytes in unpadded base64url.</summary>
    private const int SecretLength = 43;

    private readonly byte[]? key;

    private CalendarSecrets(byte[]? key) => this.key = key;

    /// <summary>False when no key is set outside local development: the calendar endpoints then answer 503.</summary>
    public bool Enabled => key is not null;

    /// <exception cref="InvalidOperationException">Calendar:Key is set but is not base64 of 32 bytes or more.</exception>
    public static CalendarSecrets From(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration[KeySetting] is { Length: > 0 } text)
        {
            var bytes = new byte[text.Length];
            if (!Convert.TryFromBase64String(text, bytes, out var length) || length < 32)
                throw new InvalidOperationException($"{KeySetting} must be base64 of at least 32 random bytes (for example: openssl rand -base64 32)");
            return new CalendarSecrets(bytes[..length]);
        }

        return environment.IsDevelopment() && IdentitySetup.SignsItsOwnTokens(configuration)
            ? new CalendarSecrets(SHA256.HashData(Encoding.UTF8.GetBytes("calendar:" + DevSigningKey.LoadOrCreate(IdentitySetup.DevKeyPath(configuration)).Key)))
            : new CalendarSecrets(null);
    }

    public string Secret(string team, string workerId, int generation) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(key ?? throw new InvalidOperationException("Calendar feeds are off."), Encoding.UTF8.GetBytes($"{team}/{workerId}/{generation}")));

    /// <summary>The hash the worker grain and the feed index hold; null for text that cannot be a secret.</summary>
    public static string? Hash(string secret) =>
        secret.Length == SecretLength && Base64Url.IsValid(secret) ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))) : null;
}
