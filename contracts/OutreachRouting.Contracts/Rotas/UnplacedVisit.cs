namespace OutreachRouting.Contracts.Rotas;

/// <summary>A due visit the rota does not make, and why, in words a manager can act on.</summary>
[GenerateSerializer, Immutable, Alias("outreach.UnplacedVisit")]
public sealed record UnplacedVisit([property: Id(0)] string VenueId, [property: Id(1)] int Visit, [property: Id(2)] UnplacedReason Reason, [property: Id(3)] string Message);
