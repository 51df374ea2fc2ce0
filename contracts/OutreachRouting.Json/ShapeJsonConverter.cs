using System.Text.Json;
using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using OutreachRouting.Contracts.Geography;

namespace OutreachRouting.Json;

/// <summary>Stores a shape as an RFC 7946 GeoJSON geometry, through NetTopologySuite.</summary>
public sealed class ShapeJsonConverter : JsonConverter<Shape>
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory(ShapeGeometry.Factory) } };

    public override Shape? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            var geometry = JsonSerializer.Deserialize<Geometry>(ref reader, GeoJson);
            return geometry is null ? null : ShapeGeometry.FromGeometry(geometry);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or InvalidOperationException)
        {
            // NetTopologySuite refuses some shapes outright (a LineString of one point); say so as bad JSON input.
            throw new JsonException($"is not a usable GeoJSON geometry: {e.Message}", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, Shape value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ShapeGeometry.ToGeometry(value), GeoJson);
}
