namespace OutreachRouting.Contracts.Rotas;

/// <summary>
/// A re-plan of the published rota from <see cref="From"/> on. Absences and venue changes are read from the
/// registers; <see cref="UrgentVenueIds"/> are venues to visit this week whatever their interval says.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReplanRequest(DateOnly From, IReadOnlyList<string> UrgentVenueIds, double Seconds = 2, int Seed = 1);
