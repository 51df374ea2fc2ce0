namespace OutreachRouting.Contracts.Rotas;

/// <summary>
/// A team's rota for an ISO week: the draft (at <see cref="Revision"/>) or a published version. Times are
/// Europe/London with their offset.
/// </summary>
/// <param name="Version">The published version this is, or null for the draft.</param>
/// <param name="Changes">For a re-plan, what moved against the published rota and why.</param>
/// <param name="Overrides">Edits a manager kept although they break a hard rule.</param>
[GenerateSerializer, Immutable]
public sealed record RotaDocument(
    string Team,
    string Week,
    int Revision,
    int? Version,
    IReadOnlyList<RotaShift> Shifts,
    IReadOnlyList<UnplacedVisit> Unplaced,
    RotaFigures Figures,
    IReadOnlyList<RotaChange> Changes,
    IReadOnlyList<RotaOverride> Overrides,
    DateTimeOffset UpdatedAt);
