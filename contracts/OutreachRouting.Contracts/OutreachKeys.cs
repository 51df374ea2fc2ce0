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
        EnsureTeam(team);
        if (!IsValidLocalId(id))
        {
            throw new ArgumentException($"'{id}' is not an id: use 1 to 64 lower-case letters, digits, hyphens or underscores.", nameof(id));
        }

        return string.Concat(team, "/", id);
    }

    /// <summary>What a refusal says of a week that <see cref="IsValidWeek"/> does not take.</summary>
    public const string WeekRule = "must be an ISO week such as " + IsoWeeks.Example;

    /// <summary>An ISO week such as "2026-W49" that exists (week 53 only in the years that have one).</summary>
    public static bool IsValidWeek(string? week) => IsoWeeks.TryParse(week, out _, out _);

    /// <summary>The ISO week a date falls in, such as "2026-W49".</summary>
    public static string WeekOf(DateOnly date) => IsoWeeks.Of(date);

    /// <summary>A rota's key, "team/2026-W49".</summary>
    public static string ForWeek(string team, string week)
    {
        if (!IsValidWeek(week))
        {
            throw new ArgumentException($"'{week}' is not an ISO week such as 2026-W49.", nameof(week));
        }

        EnsureTeam(team);
        return string.Concat(team, "/", week);
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

    private static void EnsureTeam(string team)
    {
        if (!IsValidTeamId(team))
        {
            throw new ArgumentException($"'{team}' is not a team id: use lower-case letters, digits and hyphens, starting with a letter.", nameof(team));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex LocalIdPattern();
}
