using OutreachRouting.Contracts.Geography;
using OutreachRouting.Json;
using OutreachRouting.Rota.Travel;

namespace OutreachRouting.Grains.Venues;

/// <summary>The rules a venue definition must keep, and what follows from it.</summary>
public static class VenueRules
{
    /// <summary>Street routes are walked, at the planner's walking speed.</summary>
    public static readonly double WalkingMetresPerMinute = StraightLineTravelTimes.KilometresPerHour(TravelMode.Walking) * 1000 / 60;

    public static readonly IReadOnlySet<VenueKind> RestrictedKinds = new HashSet<VenueKind> { VenueKind.FlatOrParlour, VenueKind.StreetRoute };

    /// <exception cref="Contracts.Errors.ValidationException">Listing every rule the definition breaks.</exception>
    public static void Validate(string venueId, VenueDefinition? definition)
    {
        var errors = new ErrorList();
        if (definition is null)
        {
            errors.Add("venue", "must not be empty");
            errors.ThrowIfAny();
            return;
        }

        errors.Text(definition.Name, "name", 200);
        errors.Defined(definition.Kind, "kind");
        errors.Text(definition.Borough, "borough", 100);
        ValidateLocation(definition, errors);
        errors.Windows(definition.AccessWindows, "accessWindows");
        if (definition.Kind != VenueKind.StreetRoute)
        {
            errors.Require(definition.VisitMinutes is > 0 and <= 720, "visitMinutes", "must be between 1 and 720 minutes");
        }
        else
        {
            errors.Require(definition.VisitMinutes >= 0, "visitMinutes", "must not be negative (a street route's visit takes as long as walking it)");
        }

        errors.Require(definition.TargetIntervalDays is >= 1 and <= 365, "targetIntervalDays", "must be between 1 and 365 days");
        errors.Require(definition.Priority is >= 1 and <= 5, "priority", "must be between 1 (lowest) and 5 (highest)");
        if (definition.Needs is null)
        {
            errors.Add("needs", "must not be null");
        }
        else
        {
            errors.Languages(definition.Needs.Languages, "needs.languages");
        }

        errors.Defined(definition.Sensitivity, "sensitivity");
        errors.Require(!RestrictedKinds.Contains(definition.Kind) || definition.Sensitivity == Sensitivity.Restricted,
            "sensitivity", "flats, parlours and street routes are always restricted");
        errors.Defined(definition.Status, "status");
        if (definition.Status == VenueStatus.Moved)
        {
            errors.Require(OutreachKeys.IsValidLocalId(definition.MovedTo) && definition.MovedTo != venueId,
                "movedTo", "a moved venue must name the id of the venue where the people went");
        }
        else
        {
            errors.Require(definition.MovedTo is null, "movedTo", "only a moved venue names where the people went");
        }

        errors.ThrowIfAny();
    }

    /// <summary>Minutes a visit takes: a street route's walking time, or the definition's visit minutes.</summary>
    public static int ServiceMinutes(VenueDefinition definition)
    {
        if (definition.Kind != VenueKind.StreetRoute)
        {
            return definition.VisitMinutes;
        }

        var route = definition.Location!.Positions.Select(p => new GeoPoint(p.Longitude, p.Latitude)).ToList();
        var metres = route.Zip(route.Skip(1), (from, to) => from.MetresTo(to)).Sum();
        return Math.Max(1, (int)Math.Ceiling(metres / WalkingMetresPerMinute));
    }

    private static void ValidateLocation(VenueDefinition definition, ErrorList errors)
    {
        var shape = definition.Location;
        if (shape?.Positions is null)
        {
            errors.Add("location", "must be a Point, LineString or Polygon");
            return;
        }

        if (!Enum.IsDefined(shape.Kind))
        {
            errors.Add("location.type", $"'{shape.Kind}' is not a Point, LineString or Polygon");
            return;
        }

        var valid = true;
        for (var i = 0; i < shape.Positions.Count; i++)
        {
            var p = shape.Positions[i];
            if (p is null || !double.IsFinite(p.Longitude) || !double.IsFinite(p.Latitude)
                || p.Longitude is < -180 or > 180 || p.Latitude is < -90 or > 90)
            {
                errors.Add($"location.coordinates[{i}]", "must be a finite longitude in [-180, 180] and latitude in [-90, 90]");
                valid = false;
            }
        }

        if (definition.Kind == VenueKind.StreetRoute && shape.Kind != ShapeKind.LineString)
        {
            errors.Add("location.type", "a street route is a LineString, walked end to end");
            return;
        }

        if (definition.Kind != VenueKind.StreetRoute && shape.Kind == ShapeKind.LineString)
        {
            errors.Add("location.type", "only a street route is a LineString; a premise is a Point and an area a Polygon");
            return;
        }

        if (!valid)
        {
            return;
        }

        switch (shape.Kind)
        {
            case ShapeKind.Point:
                errors.Require(shape.Positions.Count == 1, "location.coordinates", "a Point has exactly one position");
                break;
            case ShapeKind.LineString:
                errors.Require(shape.Positions.Distinct().Count() >= 2, "location.coordinates", "a street route needs at least two distinct points");
                break;
            case ShapeKind.Polygon:
                if (shape.Positions.Count < 4 || shape.Positions[0] != shape.Positions[^1])
                {
                    errors.Add("location.coordinates", "a Polygon's ring needs at least four positions, the last equal to the first");
                }
                else if (!ShapeGeometry.ToGeometry(shape).IsValid)
                {
                    errors.Add("location.coordinates", "the Polygon's ring intersects itself or encloses no area");
                }

                break;
        }
    }
}
