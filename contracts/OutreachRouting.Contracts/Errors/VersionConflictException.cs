namespace OutreachRouting.Contracts.Errors;

/// <summary>The caller's copy is stale: someone else changed the resource since it was read.</summary>
[GenerateSerializer, Alias("outreach.VersionConflictException")]
public sealed class VersionConflictException(int expected, int current)
    : Exception($"Version {expected} is stale; the current version is {current}.")
{
    [Id(0)]
    public int Expected { get; } = expected;

    [Id(1)]
    public int Current { get; } = current;
}
