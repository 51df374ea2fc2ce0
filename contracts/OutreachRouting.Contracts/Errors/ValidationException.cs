namespace OutreachRouting.Contracts.Errors;

/// <summary>Input broke one or more rules; nothing was stored.</summary>
[GenerateSerializer, Alias("outreach.ValidationException")]
public sealed class ValidationException(IReadOnlyList<FieldError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Reason}")))
{
    [Id(0)]
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
