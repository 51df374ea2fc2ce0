namespace OutreachRouting.Rota;

/// <summary>A due visit the rota does not make, with the reason in words a manager can act on.</summary>
/// <param name="Visit">Which of the venue's due visits this week (1 for the first).</param>
public sealed record UnplacedVisit(string VenueId, int Visit, UnplacedReason Reason, string Message);
