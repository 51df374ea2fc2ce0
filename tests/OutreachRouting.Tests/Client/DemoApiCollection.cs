namespace OutreachRouting.Tests.Client;

/// <summary>The client and CLI tests share one <see cref="DemoApiFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class DemoApiCollection : ICollectionFixture<DemoApiFixture>
{
    public const string Name = "demo API";
}
