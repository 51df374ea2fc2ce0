namespace OutreachRouting.Routing.Model;

/// <summary>
/// How a kind of vehicle moves: walking, cycling and transit each get their own matrices.
/// Distances are what the objective pays for; durations are what the time windows see.
/// </summary>
public sealed record TravelProfile(Matrix Durations, Matrix Distances);
