namespace OutreachRouting.Cli.Commands;

/// <summary>Options several commands take; each command gets instances of its own.</summary>
public static class CommonOptions
{
    public static Option<string?> Team() => new("--team") { Description = "the team to act for (default: $OUTREACH_TEAM, else the one saved at login)" };

    /// <summary>--week: an ISO week such as 2026-W51 (lower case taken); any other value is a usage error.</summary>
    public static Option<string?> Week(string fallback)
    {
        var week = new Option<string?>("--week") { Description = $"the ISO week, such as 2026-W51 (default: {fallback})" };
        week.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !OutreachKeys.IsValidWeek(value.ToUpperInvariant()))
                result.AddError($"--week '{value}' {OutreachKeys.WeekRule}");
        });
        return week;
    }

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
