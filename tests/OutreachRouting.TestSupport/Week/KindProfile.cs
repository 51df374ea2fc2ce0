using OutreachRouting.Contracts.Venues;

namespace OutreachRouting.TestSupport.Week;

/// <summary>
/// How a kind of venue other than a clinic is drawn, borrowed from deploy/demo/generate.py: how common it is (the
/// demo's counts over three boroughs), how long a visit takes (in steps of 5 minutes), how often it is due, its
/// priority and its needs.
/// </summary>
/// <param name="Weight">Relative frequency among a team's venues.</param>
/// <param name="Intervals">Usual target intervals in days, drawn uniformly (repeats weigh more).</param>
internal sealed record KindProfile(
    VenueKind Kind,
    string IdPrefix,
    int Weight,
    int MinMinutes,
    int MaxMinutes,
    IReadOnlyList<int> Intervals,
    int MinPriority,
    int MaxPriority,
    double TestingKitChance,
    double LanguageChance,
    double WomenOnlyChance,
    double PairChance)
{
    // Street routes take as long as walking them, so they have no minutes of their own.
    public static IReadOnlyList<KindProfile> All { get; } =
    [
        new(VenueKind.Bar, "bar", 24, 30, 60, [7, 14, 14], 2, 4, 0.1, 0.1, 0, 0),
        new(VenueKind.Club, "club", 13, 45, 90, [14, 14, 21], 2, 4, 0.1, 0.1, 0, 0),
        new(VenueKind.Hostel, "hostel", 18, 45, 90, [14, 21], 2, 4, 0.6, 0.3, 0.1, 0),
        new(VenueKind.MigrantCentre, "migrant", 13, 45, 90, [14, 21], 2, 4, 0.6, 0.8, 0, 0),
        new(VenueKind.DrugAndAlcoholService, "das", 14, 45, 90, [14, 21], 2, 4, 0.4, 0.1, 0, 0),
        new(VenueKind.CommunityCentre, "community", 15, 30, 60, [21, 28], 1, 3, 0.15, 0.1, 0.1, 0),
        new(VenueKind.FlatOrParlour, "flat", 27, 20, 45, [14, 21, 28], 3, 5, 0.5, 0.8, 0.5, 0.5),
        new(VenueKind.StreetRoute, "route", 14, 0, 0, [7], 4, 5, 0, 0.1, 0, 1),
        new(VenueKind.Other, "other", 10, 30, 60, [28], 1, 2, 0.1, 0.1, 0, 0),
    ];

    public static IReadOnlyList<(VenueKind Kind, int Weight)> Weights { get; } = [.. All.Select(p => (p.Kind, p.Weight))];

    /// <summary>Flats, parlours and street routes: their positions are shown only to whoever needs them.</summary>
    public bool Restricted => Kind is VenueKind.FlatOrParlour or VenueKind.StreetRoute;

    public static KindProfile Of(VenueKind kind) => All.First(p => p.Kind == kind);
}
