namespace OutreachRouting.Hosting;

/// <summary>
/// The cluster's settings, from configuration section "Orleans" (environment: Orleans__ClusterId, ...) and
/// the connection string "Outreach" (ConnectionStrings__Outreach).
/// </summary>
public sealed class OutreachOptions
{
    public const string Section = "Orleans";
    public const string ConnectionStringName = "Outreach";

    /// <summary>Silos and clients with the same cluster id form one cluster.</summary>
    public string ClusterId { get; set; } = "outreach";

    /// <summary>Grain state and reminders belong to a service id; keep it stable across deployments.</summary>
    public string ServiceId { get; set; } = "outreach-routing";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and clients reach this silo at.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// Gateways of a separate silo cluster ("10.0.0.5:30000,10.0.0.6:30000"). When set, the API runs as an Orleans
    /// client of that cluster instead of hosting a silo itself.
    /// </summary>
    public string? Gateways { get; set; }

    /// <summary>The entries of <see cref="Gateways"/>, none when it is unset.</summary>
    public IReadOnlyList<string> GatewayList() =>
        (Gateways ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Apply the schema scripts at start-up. Off in production, where deploy runs `migrate` first.</summary>
    public bool MigrateOnStart { get; set; }
}
