using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OutreachRouting.Contracts.Geography;

namespace OutreachRouting.Api.OpenApi;

/// <summary>Describes the types whose JSON form comes from OutreachJson's converters as they appear on the wire.</summary>
internal sealed class WireFormatSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(Shape))
        {
            schema.Type = JsonSchemaType.Object;
            schema.Description = "An RFC 7946 GeoJSON geometry in WGS 84 longitude/latitude: a Point for a premise, a LineString for a street route, a Polygon (one ring, no holes) for an area.";
            schema.Required = new HashSet<string> { "type", "coordinates" };
            schema.Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("Point")!, JsonValue.Create("LineString")!, JsonValue.Create("Polygon")!] },
                ["coordinates"] = new OpenApiSchema { Type = JsonSchemaType.Array, Description = "[lon, lat] for a Point; [[lon, lat], ...] for a LineString; [[[lon, lat], ...]] for a Polygon." },
            };
        }
        else if (type == typeof(TimeOnly))
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = null;
            schema.Pattern = "^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$";
            schema.Examples = [JsonValue.Create("22:00")!];
        }

        return Task.CompletedTask;
    }
}
