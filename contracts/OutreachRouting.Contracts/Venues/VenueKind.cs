namespace OutreachRouting.Contracts.Venues;

public enum VenueKind
{
    Bar,
    Club,
    Hostel,
    MigrantCentre,
    DrugAndAlcoholService,
    CommunityCentre,
    FlatOrParlour,
    StreetRoute,
    Clinic,
    Other,
}
