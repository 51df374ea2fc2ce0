namespace OutreachRouting.Tests.Infrastructure;

/// <summary>One API server shared by a test class; tests use ids of their own.</summary>
public class ApiServerFixture : IAsyncLifetime
{
    public ApiServer Server { get; private set; } = null!;

    protected virtual bool SeedDemo => false;

    public async Task InitializeAsync()
    {
        if (TestDatabase.ServerConnectionString is not null)
        {
            Server = await ApiServer.StartAsync(SeedDemo);
        }
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

/// <summary>An API server with the demo teams seeded.</summary>
public sealed class DemoApiServerFixture : ApiServerFixture
{
    protected override bool SeedDemo => true;
}
