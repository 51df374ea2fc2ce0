using OutreachRouting.Api.Identity;
using OutreachRouting.Client;

namespace OutreachRouting.Tests.Client;

/// <summary>
/// One API, seeded with the demo teams, for every client and CLI test: starting one takes seconds, and the
/// tests do not interfere because each writes entries (or teams) of its own.
/// </summary>
public sealed class DemoApiFixture : IAsyncLifetime
{
    private ApiServer? server;

    public ApiServer Server => server ?? throw new InvalidOperationException("The API runs only when PostgreSQL is configured.");

    public OutreachClient Client(string role, params string[] teams) => new(Server.Address, Server.Token(role, teams));

    public OutreachClient Manager(string team = "clash") => Client(OutreachRoles.Manager, team);

    public async Task InitializeAsync()
    {
        // Without PostgreSQL every test of the collection is skipped; there is nothing to start.
        if (TestDatabase.ServerConnectionString is not null)
        {
            server = await ApiServer.StartAsync(seedDemo: true);
        }
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
