using OutreachRouting.Routing;

namespace OutreachRouting.Grains.Rotas;

/// <summary>
/// Hears the engine's progress on whichever thread the search runs, without going through the grain's scheduler,
/// so that status calls see the best objective so far while the solve runs.
/// </summary>
internal sealed class BestSoFar : IProgress<SearchProgress>
{
    private double _objective = double.NaN;

    public double? Objective => Volatile.Read(ref _objective) is var value && double.IsNaN(value) ? null : value;

    public void Report(SearchProgress value)
    {
        double seen;
        do
        {
            seen = Volatile.Read(ref _objective);
            if (!double.IsNaN(seen) && seen <= value.Objective)
                return;
        }
        while (Interlocked.CompareExchange(ref _objective, value.Objective, seen) != seen);
    }
}
