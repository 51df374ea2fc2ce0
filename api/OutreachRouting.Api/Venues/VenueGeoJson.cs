using OutreachRouting.Contracts.Geography;

namespace OutreachRouting.Api.Venues;

/// <summary>
/// Venues as an RFC 7946 FeatureCollection: the feature id is the venue id, the geometry its location (through
/// NetTopologySuite), the properties the rest of its definition. Export and import use the same form.
/// </summary>
public static class VenueGeoJson
{
    public const string MediaType = "application/geo+json";

    /// <returns>The features that could be read, and why each other one could not.</returns>
    /// <exception cref="ValidationException">The body is not a FeatureCollection at all.</exception>
    public static async Task<(IReadOnlyList<VenueImportItem> Items, IReadOnlyList<FieldError> Errors)> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonNode? root;
        try
        {
            root = await JsonNode.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            throw new ValidationException([new FieldError("body", $"is not JSON: {e.Message}")]);
        }

        if (root is not JsonObject collection || (string?)collection["type"] != "FeatureCollection" || collection["features"] is not JsonArray features)
        {
            throw new ValidationException([new FieldError("body", "must be a GeoJSON FeatureCollection with a \"features\" array")]);
        }

        var items = new List<VenueImportItem>();
        var errors = new List<FieldError>();
        for (var i = 0; i < features.Count; i++)
        {
            var source = $"features[{i}]";
            if (features[i] is not JsonObject feature || (string?)feature["type"] != "Feature")
            {
                errors.Add(new FieldError(source, "must be a GeoJSON Feature"));
                continue;
            }

            var id = feature["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var text) ? text : null;
            if (id is null)
            {
                errors.Add(new FieldError($"{source}.id", "must be the venue id, as a string"));
                continue;
            }

            try
            {
                var shape = feature["geometry"].Deserialize<Shape>(OutreachJson.Options);
                var definition = (feature["properties"] ?? new JsonObject()).Deserialize<VenueDefinition>(OutreachJson.Options)
                    ?? throw new JsonException("The properties are null.");
                items.Add(new VenueImportItem(source, id, definition with { Location = shape }));
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
            {
                var path = e is JsonException { Path: { } p } && p != "$" ? "." + Problems.DomainExceptionHandler.JsonField(p) : string.Empty;
                errors.Add(new FieldError($"{source}.properties{path}", e is JsonException json ? Problems.DomainExceptionHandler.JsonReason(json) : e.Message));
            }
        }

        return (items, errors);
    }

    public static JsonObject Write(IEnumerable<VenueSnapshot> venues)
    {
        var features = new JsonArray();
        foreach (var venue in venues)
        {
            var properties = JsonSerializer.SerializeToNode(venue.Definition with { Location = null }, OutreachJson.Options)!.AsObject();
            properties.Remove("location");
            properties["serviceMinutes"] = venue.ServiceMinutes;
            properties["version"] = venue.Version;
            properties["lastVisitAt"] = venue.Visits.LastVisitAt;
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = venue.Id,
                ["geometry"] = venue.Definition.Location is { } location ? JsonSerializer.SerializeToNode(location, OutreachJson.Options) : null,
                ["properties"] = properties,
            });
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }
}
