using OutreachRouting.Contracts.Venues;

namespace OutreachRouting.TestSupport.Week;

/// <summary>Invented names in the demo data's style; none is meant to match a real premise or person. Names may repeat: ids identify.</summary>
internal static class Names
{
    private static readonly string[] Places =
    [
        "Northgate", "Ashbrook", "Fernhill", "Larkfield", "Wrenfield", "Oakmere", "Brightwell", "Kestrel", "Hollin",
        "Fairwater", "Copperfield", "Linden", "Marlowe", "Sedgefold", "Harrowmere", "Eastbrook", "Willowgate",
        "Thornacre", "Greystone", "Ambermoor", "Beacon", "Millrace", "Foxley", "Rookwood", "Bellfield", "Quarrydene",
        "Elderwick", "Stonebrook", "Brackenholt", "Orchardvale",
    ];

    private static readonly string[] BarAdjectives =
    [
        "Copper", "Brass", "Velvet", "Tin", "Amber", "Silver", "Painted", "Gilded", "Crooked", "Sleeping", "Wandering",
        "Hollow", "Twisted", "Cobalt", "Saffron", "Crimson", "Jade",
    ];

    private static readonly string[] BarNouns =
    [
        "Kettle", "Owl", "Heron", "Fox", "Moth", "Anchor", "Thistle", "Spoon", "Compass", "Hare", "Lamp", "Barrel", "Kite",
        "Fiddle", "Magpie", "Quill", "Lantern", "Acorn",
    ];

    private static readonly string[] Clubs =
    [
        "Basement Nine", "The Lumen Room", "Orbit Lounge", "Neon Cellar", "Vault Seven", "Halcyon Rooms", "Afterglow",
        "Static Hall", "Ultraviolet Cellar", "Low Tide", "The Echo Chamber", "Midnight Annex", "Prism", "The Boiler Floor",
    ];

    private static readonly string[] FirstNames =
    [
        "Amara", "Jo", "Mei", "Tomas", "Anca", "Noi", "Kasia", "Dan", "Wing", "Ioana", "Marco", "Besa", "Piotr", "Lina",
        "Sade", "Ravi", "Fatima", "Owen", "Priya", "Lucia", "Kofi", "Hana", "Yusuf", "Elena", "Sam", "Niamh", "Tariq",
        "Grace", "Dara", "Ines", "Femi", "Zofia", "Rosa", "Ali", "Maya", "Kwame", "Leah", "Arun", "Chloe", "Bilal",
    ];

    /// <summary>A first name and an initial, as the demo shows workers ("Mei L.").</summary>
    public static string Worker(Random random) => $"{random.Pick(FirstNames)} {(char)('A' + random.Next(26))}.";

    public static string Clinic(Random random) => $"{random.Pick(Places)} sexual health clinic";

    public static string Venue(VenueKind kind, int number, bool womenOnly, Random random) => kind switch
    {
        VenueKind.Bar => $"The {random.Pick(BarAdjectives)} {random.Pick(BarNouns)}",
        VenueKind.Club => random.Pick(Clubs),
        // A neutral label and a number, never an address: these venues are restricted.
        VenueKind.FlatOrParlour => $"{random.Pick(["Flat", "Flat", "Parlour"])} {random.Between(1, 60)} (agreed contact)",
        VenueKind.StreetRoute => $"Route {number} night walk",
        VenueKind.Hostel when womenOnly => $"{random.Pick(Places)} Women's Hostel",
        VenueKind.CommunityCentre when womenOnly => $"{random.Pick(Places)} Women's Drop-in",
        _ => $"{random.Pick(Places)} {random.Pick(Labels(kind))}",
    };

    private static string[] Labels(VenueKind kind) => kind switch
    {
        VenueKind.Hostel => ["Lodge", "House", "Hostel", "Court"],
        VenueKind.MigrantCentre => ["Welcome Centre", "Migrant Advice Hub", "Refugee Drop-in"],
        VenueKind.DrugAndAlcoholService => ["Recovery Hub", "Drug and Alcohol Service", "Harm Reduction Point"],
        VenueKind.CommunityCentre => ["Community Centre", "Neighbourhood Hall", "Community Hub"],
        _ => ["Market Square", "Station Forecourt", "Canal Basin", "Green"],
    };
}
