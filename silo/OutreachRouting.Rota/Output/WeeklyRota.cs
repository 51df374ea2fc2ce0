namespace OutreachRouting.Rota;

/// <summary>One team's plan for one ISO week: the shifts, the due visits it could not place and why, and its figures.</summary>
public sealed record WeeklyRota(
    string Team,
    string Week,
    IReadOnlyList<RotaShift> Shifts,
    IReadOnlyList<UnplacedVisit> Unplaced,
    RotaFigures Figures);
