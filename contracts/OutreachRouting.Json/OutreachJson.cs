using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutreachRouting.Json;

/// <summary>
/// The one JSON form of the contracts: grain state in PostgreSQL, the HTTP API and its client all use it.
/// camelCase names, kebab-case enums ("street-route"), "HH:mm" times, RFC 7946 GeoJSON geometry.
/// deploy/sql's directory triggers read grain state in this form; change both together.
/// </summary>
public static class OutreachJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions());

    /// <summary>The same, indented: for documents people read, such as the planner's input.</summary>
    public static JsonSerializerOptions Indented { get; } = Configure(new JsonSerializerOptions { WriteIndented = true });

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new ShapeJsonConverter());
        options.Converters.Add(new TimeOfDayJsonConverter());
        return options;
    }
}
