using System.Buffers.Text;
using System.Text.Json;

namespace OutreachRouting.Cli.Settings;

/// <summary>The team a bearer token names, to default to it at sign-in. Read without checking the signature: the API checks it.</summary>
public static class TokenTeams
{
    /// <summary>The token's one "team" claim; null when it names none or several, or is no JWT.</summary>
    public static string? Single(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            if (payload.RootElement.ValueKind != JsonValueKind.Object || !payload.RootElement.TryGetProperty("team", out var team))
            {
                return null;
            }

            return team.ValueKind switch
            {
                JsonValueKind.String => team.GetString(),
                JsonValueKind.Array when team.GetArrayLength() == 1 && team[0].ValueKind == JsonValueKind.String => team[0].GetString(),
                _ => null,
            };
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
