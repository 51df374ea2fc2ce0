using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutreachRouting.Rota.Travel;

namespace OutreachRouting.Hosting.Travel;

/// <summary>
/// Travel times for the planner: the straight line by default; a routing server when section "Routing" names one
/// (Routing__Url, Routing__Kind osrm or valhalla, Routing__Profiles__Walking foot, ...).
/// </summary>
public static class TravelTimesHosting
{
    public const string Section = "Routing";

    public static IServiceCollection AddOutreachTravelTimes(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (string.IsNullOrWhiteSpace(section["Url"]))
            return services.AddSingleton<ITravelTimes, StraightLineTravelTimes>();
        if (!Uri.TryCreate(section["Url"], UriKind.Absolute, out var url))
            throw new InvalidOperationException($"Routing:Url '{section["Url"]}' is not an absolute URL.");
        if (!Enum.TryParse<RoutingServerKind>(section["Kind"] ?? nameof(RoutingServerKind.Osrm), ignoreCase: true, out var kind))
            throw new InvalidOperationException($"Routing:Kind '{section["Kind"]}' is not one of {string.Join(", ", Enum.GetNames<RoutingServerKind>())}.");
        var profiles = section.GetSection("Profiles").GetChildren()
            .ToDictionary(p => Enum.Parse<TravelMode>(p.Key, ignoreCase: true), p => p.Value ?? "");
        var options = new RoutingServerOptions(url, kind, profiles);
        return services.AddSingleton<ITravelTimes>(_ => new RoutingServerTravelTimes(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, options));
    }
}
