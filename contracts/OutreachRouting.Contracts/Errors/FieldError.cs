namespace OutreachRouting.Contracts.Errors;

/// <summary>One broken rule: the field, as a JSON path such as "accessWindows[2].end", and why.</summary>
[GenerateSerializer, Immutable]
public sealed record FieldError(string Field, string Reason);
