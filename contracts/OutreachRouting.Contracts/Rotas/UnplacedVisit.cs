namespace OutreachRouting.Contracts.Rotas;

/// <summary>A due visit the rota does not make, and why, in words a manager can act on.</summary>
[GenerateSerializer, Immutable]
public sealed record UnplacedVisit(string VenueId, int Visit, UnplacedReason Reason, string Message);
