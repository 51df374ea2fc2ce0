namespace OutreachRouting.Rota;

/// <summary>What the planner must know of a venue's kind: rules differ for bases and street routes only.</summary>
public enum VenueRole
{
    Premises,

    /// <summary>A clinic workers start from and return to; fixed sessions happen there, visits do not.</summary>
    Base,

    /// <summary>Walked end to end; at night only by a pair.</summary>
    StreetRoute,
}
