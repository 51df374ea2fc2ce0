using OutreachRouting.Contracts.Workers;
using System.Text.RegularExpressions;
using OutreachRouting.Contracts.Scheduling;

namespace OutreachRouting.Grains.Validation;

/// <summary>Collects every broken rule of one input, so that the caller hears of all of them at once.</summary>
public sealed partial class ErrorList
{
    private readonly List<FieldError> errors = [];

    public IReadOnlyList<FieldError> Errors => errors;

    public void Add(string field, string reason) => errors.Add(new FieldError(field, reason));

    public void Require(bool condition, string field, string reason)
    {
        if (!condition)
        {
            Add(field, reason);
        }
    }

    public void Text(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "must not be empty");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters");
        }
    }

    public void Defined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum =>
        Require(Enum.IsDefined(value), field, $"'{value}' is not a known {typeof(TEnum).Name}");

    public void Languages(IReadOnlyList<string>? languages, string field)
    {
        if (languages is null)
        {
            Add(field, "must be a list, possibly empty");
            return;
        }

        for (var i = 0; i < languages.Count; i++)
        {
            Require(languages[i] is not null && LanguagePattern().IsMatch(languages[i]), $"{field}[{i}]",
                "must be a lower-case language name such as 'mandarin' or 'portuguese'");
        }

        Require(languages.Distinct().Count() == languages.Count, field, "lists a language twice");
    }

    public void Skills(IReadOnlyList<WorkerSkill>? skills, string field)
    {
        if (skills is null)
        {
            Add(field, "must be a list, possibly empty");
            return;
        }

        for (var i = 0; i < skills.Count; i++)
        {
            Defined(skills[i], $"{field}[{i}]");
        }

        Require(skills.Distinct().Count() == skills.Count, field, "lists a skill twice");
    }

    public void Windows(IReadOnlyList<WeeklyWindow>? windows, string field)
    {
        if (windows is null || windows.Count == 0)
        {
            Add(field, "must hold at least one weekly window");
            return;
        }

        for (var i = 0; i < windows.Count; i++)
        {
            var window = windows[i];
            if (window is null)
            {
                Add($"{field}[{i}]", "must not be null");
                continue;
            }

            Defined(window.Day, $"{field}[{i}].day");
            if (window.Duration() <= TimeSpan.Zero)
            {
                Add($"{field}[{i}].end", window.Start == window.End
                    ? "must differ from the start: the window is empty"
                    : "is before the start: the window is inverted (a window that crosses midnight sets endsNextDay)");
            }
            else if (window.Duration() >= TimeSpan.FromDays(1))
            {
                Add($"{field}[{i}].end", "must come before the start time on the next day: a window is shorter than 24 hours");
            }
        }
    }

    /// <exception cref="ValidationException">When any rule was broken.</exception>
    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    [GeneratedRegex("^[a-z][a-z -]{1,31}$")]
    private static partial Regex LanguagePattern();
}
