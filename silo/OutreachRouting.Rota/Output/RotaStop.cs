namespace OutreachRouting.Rota;

/// <summary>
/// A stop of a shift. <see cref="TravelMinutes"/> is the leg from the place before (the base for the first stop);
/// the work runs from <see cref="Start"/> to <see cref="End"/>, after waiting from <see cref="Arrival"/> if early.
/// A break has no place and no travel.
/// </summary>
/// <param name="VenueId">The venue visited, or where the session or break happens.</param>
/// <param name="SessionId">For a fixed session: which one.</param>
/// <param name="Visit">For a visit: which of the venue's due visits this week (1 for the first).</param>
/// <param name="Pinned">Held there by a manager's pin, which re-plans keep.</param>
public sealed record RotaStop(
    RotaStopKind Kind,
    string? VenueId,
    string? SessionId,
    int Visit,
    DateTime Arrival,
    DateTime Start,
    DateTime End,
    double TravelMinutes,
    bool Pinned = false);
