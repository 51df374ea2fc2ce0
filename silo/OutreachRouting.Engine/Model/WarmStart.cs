using OutreachRouting.Engine.Solutions;

namespace OutreachRouting.Engine.Model;

/// <summary>
/// A previous plan to start from. A job served by another vehicle than in <see cref="Previous"/>,
/// or dropped, costs its <see cref="ChangeCosts"/> entry, so a re-plan moves only what pays.
/// </summary>
public sealed record WarmStart(Solution Previous, IReadOnlyList<double> ChangeCosts);
