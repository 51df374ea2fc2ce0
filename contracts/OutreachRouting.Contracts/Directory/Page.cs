namespace OutreachRouting.Contracts.Directory;

/// <summary>One page of a list, with the number of items matching the filters over all pages.</summary>
[GenerateSerializer, Immutable, Alias("outreach.Page`1")]
public sealed record Page<T>([property: Id(0)] IReadOnlyList<T> Items, [property: Id(1)] int Total, [property: Id(2)] int Skip, [property: Id(3)] int Take);
