using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Rotas;

namespace OutreachRouting.Api.Rotas;

/// <summary>
/// A rota as an RFC 7946 FeatureCollection: each shift a LineString from its base through its stops and back (a
/// street route walked end to end), each stop a Point with its times. A venue whose position the reader may not see
/// has a stop without geometry and leaves no vertex in the line.
/// </summary>
public static class RotaGeoJson
{
    public const string MediaType = "application/geo+json";

    public static JsonObject Write(RotaDocument rota, IReadOnlyDictionary<string, VenueSnapshot> venues)
    {
        var features = new JsonArray();
        foreach (var shift in rota.Shifts)
        {
            var path = new List<Position>();
            AddPlace(path, venues.GetValueOrDefault(shift.BaseVenueId), walked: false);
            for (var i = 0; i < shift.Stops.Count; i++)
            {
                var stop = shift.Stops[i];
                var venue = stop.VenueId is null ? null : venues.GetValueOrDefault(stop.VenueId);
                AddPlace(path, venue, walked: true);
                features.Add(Feature($"{shift.Id}/{i + 1}", venue?.Definition.Location?.VisitEnds().Start is { } at ? Shape.Point(at.Longitude, at.Latitude) : null, new JsonObject
                {
                    ["feature"] = "stop",
                    ["shiftId"] = shift.Id,
                    ["order"] = i + 1,
                    ["kind"] = JsonSerializer.SerializeToNode(stop.Kind, OutreachJson.Options),
                    ["venueId"] = stop.VenueId,
                    ["venueName"] = venue?.Definition.Name,
                    ["sessionId"] = stop.SessionId,
                    ["visit"] = stop.Kind == RotaStopKind.Visit ? stop.Visit : null,
                    ["arrival"] = stop.Arrival,
                    ["start"] = stop.Start,
                    ["end"] = stop.End,
                    ["travelMinutes"] = Math.Round(stop.TravelMinutes, 1),
                    ["pinned"] = stop.Pinned,
                }));
            }
            AddPlace(path, venues.GetValueOrDefault(shift.BaseVenueId), walked: false);
            features.Insert(features.Count - shift.Stops.Count, Feature(shift.Id, path.Count >= 2 ? new Shape(ShapeKind.LineString, path) : null, new JsonObject
            {
                ["feature"] = "shift",
                ["shiftId"] = shift.Id,
                ["day"] = JsonSerializer.SerializeToNode(shift.Day, OutreachJson.Options),
                ["workerIds"] = new JsonArray([.. shift.WorkerIds.Select(id => (JsonNode?)id)]),
                ["start"] = shift.Start,
                ["end"] = shift.End,
                ["stops"] = shift.Stops.Count,
                ["travelMinutes"] = Math.Round(shift.Stops.Sum(s => s.TravelMinutes) + shift.ReturnTravelMinutes, 1),
            }));
        }
        return new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["team"] = rota.Team,
            ["week"] = rota.Week,
            ["version"] = rota.Version,
            ["features"] = features,
        };
    }

    /// <summary>A street route that is visited adds its whole walk; any other place where a visit begins; a hidden position nothing.</summary>
    private static void AddPlace(List<Position> path, VenueSnapshot? venue, bool walked)
    {
        if (venue?.Definition.Location is not { } shape)
            return;
        IReadOnlyList<Position> points = walked && shape.Kind == ShapeKind.LineString ? shape.Positions : [shape.VisitEnds().Start];
        foreach (var point in points)
        {
            if (path.Count == 0 || path[^1] != point)
                path.Add(point);
        }
    }

    private static JsonObject Feature(string id, Shape? geometry, JsonObject properties) => new()
    {
        ["type"] = "Feature",
        ["id"] = id,
        ["geometry"] = geometry is null ? null : JsonSerializer.SerializeToNode(geometry, OutreachJson.Options),
        ["properties"] = properties,
    };
}
