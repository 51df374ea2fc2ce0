namespace OutreachRouting.Contracts.Directory;

/// <summary>One page of a list, with the number of items matching the filters over all pages.</summary>
[GenerateSerializer, Immutable]
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Skip, int Take);
