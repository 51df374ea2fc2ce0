namespace OutreachRouting.Contracts.Errors;

/// <summary>One broken rule: the field, as a JSON path such as "accessWindows[2].end", and why.</summary>
[GenerateSerializer, Immutable, Alias("outreach.FieldError")]
public sealed record FieldError([property: Id(0)] string Field, [property: Id(1)] string Reason);
