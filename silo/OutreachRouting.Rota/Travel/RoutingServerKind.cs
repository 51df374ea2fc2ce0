namespace OutreachRouting.Rota.Travel;

public enum RoutingServerKind
{
    /// <summary>OSRM's table service: GET /table/v1/{profile}/{lon,lat;...}?annotations=duration,distance.</summary>
    Osrm,

    /// <summary>Valhalla's matrix service: POST /sources_to_targets with a costing.</summary>
    Valhalla,
}
