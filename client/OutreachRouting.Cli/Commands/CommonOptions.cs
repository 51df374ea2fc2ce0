namespace OutreachRouting.Cli.Commands;

/// <summary>Options several commands take; each command gets instances of its own.</summary>
public static class CommonOptions
{
    public static Option<string?> Team() => new("--team") { Description = "the team to act for (default: $OUTREACH_TEAM, else the one saved at login)" };

    /// <summary>An enum filter spelt as the API spells it; any other value is a usage error.</summary>
    public static Option<string?> Choice<TEnum>(string name, string description)
        where TEnum : struct, Enum
    {
        var option = new Option<string?>(name) { Description = description };
        option.AcceptOnlyFromAmong([.. WireNames.All<TEnum>()]);
        return option;
    }

    public static TEnum? Value<TEnum>(this ParseResult parsed, Option<string?> choice)
        where TEnum : struct, Enum => parsed.GetValue(choice) is { } name ? WireNames.Parse<TEnum>(name) : null;
}
