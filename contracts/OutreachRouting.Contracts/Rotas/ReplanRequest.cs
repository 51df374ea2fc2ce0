namespace OutreachRouting.Contracts.Rotas;

/// <summary>
/// A re-plan of the published rota from <see cref="From"/> on. Absences and venue changes are read from the
/// registers; <see cref="UrgentVenueIds"/> are venues to visit this week whatever their interval says.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.ReplanRequest")]
public sealed record ReplanRequest([property: Id(0)] DateOnly From, [property: Id(1)] IReadOnlyList<string> UrgentVenueIds, [property: Id(2)] double Seconds = 2, [property: Id(3)] int Seed = 1);
