namespace OutreachRouting.Routing.Model;

/// <summary>
/// A pause of <paramref name="Duration"/> that must start inside <paramref name="Window"/>.
/// It is taken where the vehicle is, right after the stop before it (or at the start place),
/// so it adds no travel. The planner adds one only to shifts that need it (say over six hours).
/// </summary>
public sealed record VehicleBreak(TimeWindow Window, double Duration);
