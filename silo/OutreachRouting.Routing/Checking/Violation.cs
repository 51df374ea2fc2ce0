namespace OutreachRouting.Routing.Checking;

/// <summary>One broken rule, with the vehicle and job concerned where there is one.</summary>
public sealed record Violation(ViolationKind Kind, string Message, int? Vehicle = null, int? Job = null)
{
    public override string ToString() => $"{Kind}: {Message}";
}
