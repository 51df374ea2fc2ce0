using OutreachRouting.Routing.Checking;
using OutreachRouting.Routing.Solutions;

namespace OutreachRouting.Routing;

/// <summary>The best plan found and the independent checker's verdict on it.</summary>
public sealed record SearchResult(Solution Solution, CheckReport Check, long Iterations, TimeSpan Elapsed)
{
    public double Objective => Check.Objective;

    public bool IsFeasible => Check.IsFeasible;
}
