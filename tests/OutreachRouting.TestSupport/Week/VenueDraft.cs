using OutreachRouting.Contracts.Venues;
using OutreachRouting.Rota;
using OutreachRouting.Rota.Travel;

namespace OutreachRouting.TestSupport.Week;

/// <summary>
/// A venue before its rhythm is settled: the team's load decides its interval (its kind's usual one, scaled), and
/// the interval decides its last visit and how many days it opens.
/// </summary>
/// <param name="Venue">Complete but for the interval, the last visit, the access windows and the visitors.</param>
/// <param name="Recency">How far back the last visit lies in its range, 0 to 1 (see <see cref="LastVisit"/>).</param>
internal sealed record VenueDraft(PlanningVenue Venue, VenueKind Kind, int UsualInterval, double Recency, bool NeverVisited)
{
    /// <summary>Street routes are 450 to 1,900 m end to end.</summary>
    private const double ShortestRouteMetres = 450, LongestRouteMetres = 1900;

    public PlanningVenue At(int interval, WeekClock week) =>
        Venue with { TargetIntervalDays = interval, LastVisitedOn = NeverVisited ? null : LastVisit(week, interval, Recency) };

    /// <summary>From the Sunday before the week (<paramref name="recency"/> 0) back to 1.5 intervals before its Monday.</summary>
    public static DateOnly LastVisit(WeekClock week, int interval, double recency) =>
        week.Monday.AddDays(-1 - (int)(recency * (int)(1.5 * interval)));

    /// <param name="number">The venue's number among its kind in the team.</param>
    /// <param name="hubs">High streets and town centres: most venues cluster around them.</param>
    /// <param name="spoken">Every language someone in the team speaks.</param>
    public static VenueDraft Draw(
        VenueKind kind, int number, Patch patch, IReadOnlyList<GeoPoint> hubs, LanguagePool languages, IReadOnlyList<string> spoken, Random random)
    {
        var profile = KindProfile.Of(kind);
        var arrival = random.Chance(0.6) ? patch.Near(random.Pick(hubs), 400, random) : patch.RandomPoint(random);
        var (departure, minutes) = kind == VenueKind.StreetRoute
            ? Route(patch, arrival, random)
            : (arrival, profile.MinMinutes + 5 * random.Between(0, (profile.MaxMinutes - profile.MinMinutes) / 5));
        var womenOnly = random.Chance(profile.WomenOnlyChance);
        var needs = new VisitNeeds(
            random.Chance(profile.TestingKitChance),
            random.Chance(profile.LanguageChance) ? languages.Needed(spoken, random) : [],
            womenOnly,
            random.Chance(profile.PairChance));
        var venue = new PlanningVenue(
            $"{profile.IdPrefix}-{number:000}",
            Names.Venue(kind, number, womenOnly, random),
            kind == VenueKind.StreetRoute ? VenueRole.StreetRoute : VenueRole.Premises,
            profile.Restricted,
            arrival,
            departure,
            [],
            minutes,
            TargetIntervalDays: 0,
            random.Between(profile.MinPriority, profile.MaxPriority),
            needs,
            LastVisitedOn: null,
            [],
            // A few are paused, as in the demo: the planner must leave them out.
            Active: !random.Chance(0.03));
        return new VenueDraft(venue, kind, random.Pick(profile.Intervals), random.NextDouble(), NeverVisited: random.Chance(0.05));
    }

    /// <summary>A street route's far end, and the minutes walking it takes: the straight line stretched for the street grid, at walking pace.</summary>
    private static (GeoPoint End, int Minutes) Route(Patch patch, GeoPoint start, Random random)
    {
        var end = patch.Around(start, ShortestRouteMetres, LongestRouteMetres, random);
        var metresPerMinute = StraightLineTravelTimes.KilometresPerHour(TravelMode.Walking) * 1000 / 60;
        return (end, (int)Math.Ceiling(start.MetresTo(end) * StraightLineTravelTimes.DetourFactor / metresPerMinute));
    }
}
