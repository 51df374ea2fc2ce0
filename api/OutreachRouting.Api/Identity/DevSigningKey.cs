using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace OutreachRouting.Api.Identity;

/// <summary>
/// For development only: a signing key made on first run and kept in an ignored folder (never committed), so
/// that `token` can issue tokens the API accepts. The API trusts it only when it runs as Development without an
/// authority (<see cref="IdentitySetup"/>); every other host uses an OIDC authority.
/// </summary>
public sealed record DevSigningKey(string Issuer, string Audience, string Key)
{
    public const string DefaultPath = ".local/dev-keys/jwt-signing-key.json";
    public const string DevIssuer = "outreach-dev";
    public const string DevAudience = "outreach-api";

    public SymmetricSecurityKey SecurityKey => new(Convert.FromBase64String(Key)) { KeyId = "outreach-dev" };

    public static DevSigningKey LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return JsonSerializer.Deserialize<DevSigningKey>(File.ReadAllText(path))
                ?? throw new InvalidOperationException($"The development signing key file '{path}' is empty.");
        }

        var key = new DevSigningKey(DevIssuer, DevAudience, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            JsonSerializer.Serialize(file, key);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
