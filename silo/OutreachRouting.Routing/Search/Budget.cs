using System.Diagnostics;

namespace OutreachRouting.Routing.Search;

/// <summary>When to stop: a wall-clock limit, an iteration count, or the caller's cancellation, whichever comes first.</summary>
internal sealed class Budget(TimeSpan? timeLimit, long? maxIterations, CancellationToken cancellation)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly long _limitTicks = timeLimit is { } t ? (long)(t.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;

    public long Iterations { get; private set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Checked between single moves, so even a thousand-job local search stops on time.</summary>
    public bool Exhausted => _clock.ElapsedTicks >= _limitTicks || cancellation.IsCancellationRequested || Iterations >= (maxIterations ?? long.MaxValue);

    /// <summary>Share of the budget spent, 0..1, by whichever limit is nearer.</summary>
    public double Progress => Math.Min(1, Math.Max(
        _limitTicks == long.MaxValue ? 0 : (double)_clock.ElapsedTicks / _limitTicks,
        maxIterations is { } m ? (double)Iterations / m : 0));

    public void CountIteration() => Iterations++;
}
