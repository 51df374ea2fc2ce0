namespace OutreachRouting.Contracts.Rotas;

/// <summary>
/// A team's rota for an ISO week: the draft (at <see cref="Revision"/>) or a published version. Times are
/// Europe/London with their offset.
/// </summary>
/// <param name="Version">The published version this is, or null for the draft.</param>
/// <param name="Changes">For a re-plan, what moved against the published rota and why.</param>
/// <param name="Overrides">Edits a manager kept although they break a hard rule.</param>
[GenerateSerializer, Immutable, Alias("outreach.RotaDocument")]
public sealed record RotaDocument(
    [property: Id(0)] string Team, [property: Id(1)] string Week, [property: Id(2)] int Revision, [property: Id(3)] int? Version,
    [property: Id(4)] IReadOnlyList<RotaShift> Shifts, [property: Id(5)] IReadOnlyList<UnplacedVisit> Unplaced,
    [property: Id(6)] RotaFigures Figures, [property: Id(7)] IReadOnlyList<RotaChange> Changes,
    [property: Id(8)] IReadOnlyList<RotaOverride> Overrides, [property: Id(9)] DateTimeOffset UpdatedAt);
