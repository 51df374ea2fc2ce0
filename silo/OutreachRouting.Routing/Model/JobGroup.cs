namespace OutreachRouting.Routing.Model;

/// <summary>
/// Visits to the same venue within a planning week: at most one per day, and any two served visits
/// at least <paramref name="MinSpacingDays"/> days apart (by <see cref="Vehicle.Day"/>).
/// </summary>
public sealed record JobGroup(IReadOnlyList<int> Jobs, int MinSpacingDays = 1);
