using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutreachRouting.Grains.Persistence;

/// <summary>
/// How grain state is written to PostgreSQL: readable JSON, camelCase, kebab-case enums, GeoJSON geometry.
/// deploy/sql/0005_team_directory.sql reads venue and worker state in this form; change both together.
/// </summary>
public static class GrainStateJson
{
    public const string StorageName = "outreach";

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new ShapeJsonConverter());
    }
}
