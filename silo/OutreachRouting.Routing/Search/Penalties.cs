namespace OutreachRouting.Routing.Search;

/// <summary>
/// Prices of infeasibility. The search crosses infeasible ground at these prices and adapts them so that
/// about half of its local optima come out feasible, which is where good solutions are found fastest.
/// </summary>
internal sealed class Penalties(double timeWarp, double capacity)
{
    private const double TargetFeasible = 0.5;
    private const int Window = 50;
    private const int MinimumWindow = 5;
    private const double WindowShare = 0.02;

    private int _samples;
    private double _adjustedAt;
    private int _warpFeasible;
    private int _loadFeasible;

    public double TimeWarp { get; private set; } = timeWarp;

    public double Capacity { get; private set; } = capacity;

    /// <summary>A copy with both prices multiplied, for repairing an infeasible solution.</summary>
    public Penalties Scaled(double factor) => new(TimeWarp * factor, Capacity * factor);

    /// <summary>
    /// Counts one local optimum. The prices move every 50 of them, or every 2 % of the budget spent
    /// (<paramref name="progress"/>) once there are 5, whichever comes first: a large rota's iterations take tens of
    /// milliseconds, so fifty local optima can take most of a budget and leave the prices where nearly every plan is infeasible.
    /// </summary>
    public void Record(bool warpFeasible, bool loadFeasible, double progress)
    {
        _samples++;
        _warpFeasible += warpFeasible ? 1 : 0;
        _loadFeasible += loadFeasible ? 1 : 0;
        if (_samples < Window && (_samples < MinimumWindow || progress - _adjustedAt < WindowShare))
            return;
        _adjustedAt = progress;
        TimeWarp = Adjust(TimeWarp, (double)_warpFeasible / _samples);
        Capacity = Adjust(Capacity, (double)_loadFeasible / _samples);
        _samples = _warpFeasible = _loadFeasible = 0;
    }

    private static double Adjust(double price, double feasibleShare) => feasibleShare switch
    {
        < TargetFeasible - 0.05 => Math.Min(price * 1.25, 1e6),
        > TargetFeasible + 0.05 => Math.Max(price * 0.85, 1e-3),
        _ => price,
    };
}
