using System.Text.RegularExpressions;

namespace OutreachRouting.Contracts;

/// <summary>
/// Grain keys. Every key is "team/id": the team is the tenant, and the slash means no key is ever all digits
/// (the ADO.NET storage provider reads an all-digit string key as a number, so "020235" and "20235" would clash).
/// </summary>
public static partial class OutreachKeys
{
    public const char Separator = '/';

    /// <summary>A team id: lower-case letters, digits and hyphens, starting with a letter.</summary>
    public static bool IsValidTeamId(string? team) => team is not null && TeamPattern().IsMatch(team);

    /// <summary>A venue, worker or session id: lower-case letters, digits, hyphens and underscores.</summary>
    public static bool IsValidLocalId(string? id) => id is not null && LocalIdPattern().IsMatch(id);

    public static string For(string team, string id)
    {
        if (!IsValidTeamId(team))
        {
            throw new ArgumentException($"'{team}' is not a team id: use lower-case letters, digits and hyphens, starting with a letter.", nameof(team));
        }

        if (!IsValidLocalId(id))
        {
            throw new ArgumentException($"'{id}' is not an id: use 1 to 64 lower-case letters, digits, hyphens or underscores.", nameof(id));
        }

        return string.Concat(team, "/", id);
    }

    public static (string Team, string Id) Parse(string key)
    {
        var at = key.IndexOf(Separator, StringComparison.Ordinal);
        if (at <= 0 || at == key.Length - 1)
        {
            throw new ArgumentException($"'{key}' is not a team/id key.", nameof(key));
        }

        return (key[..at], key[(at + 1)..]);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$")]
    private static partial Regex TeamPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex LocalIdPattern();
}
