using System.Net.Sockets;

namespace OutreachRouting.Tests.Infrastructure;

internal static class FreePort
{
    /// <summary>A loopback port nobody listens on right now, so that parallel test silos do not collide.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
