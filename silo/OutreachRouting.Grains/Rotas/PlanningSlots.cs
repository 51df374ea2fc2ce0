namespace OutreachRouting.Grains.Rotas;

/// <summary>
/// The silo's cores for planning, shared by every planner grain of the silo (a singleton), so that many teams
/// planning at once queue for cores instead of taking every core from the grains. Plans start first come, first
/// served: one that waits for more cores is never passed over by smaller ones after it.
/// </summary>
public sealed class PlanningSlots
{
    private readonly Lock _gate = new();
    private readonly LinkedList<PlanningTurn> _queue = new();
    private readonly TimeProvider _time;
    private int _free;

    public PlanningSlots(int cores, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 1);
        (Cores, _free, _time) = (cores, cores, time);
    }

    /// <summary>The most cores that the silo's plans take together.</summary>
    public int Cores { get; }

    /// <summary>
    /// Queues a plan that asks for <paramref name="wanted"/> cores; it gets as many, at most <see cref="Cores"/>.
    /// Cancelling while it waits takes it out of the queue; disposing the turn gives its cores back.
    /// </summary>
    public PlanningTurn Enter(int wanted, CancellationToken cancellation)
    {
        var turn = new PlanningTurn(this, Math.Clamp(wanted, 1, Cores));
        lock (_gate)
        {
            turn.Node = _queue.AddLast(turn);
            StartWaiting();
        }

        turn.LeaveWhen(cancellation);
        return turn;
    }

    internal int? PositionOf(PlanningTurn turn)
    {
        lock (_gate)
        {
            if (turn.Node is null)
                return null;
            var position = 1;
            for (var node = _queue.First; node != turn.Node; node = node!.Next)
                position++;
            return position;
        }
    }

    internal (DateTimeOffset? StartedAt, TimeSpan Elapsed) TimesOf(PlanningTurn turn)
    {
        lock (_gate)
        {
            return turn.StartedAt is null ? (null, TimeSpan.Zero) : (turn.StartedAt, _time.GetElapsedTime(turn.StartTimestamp, turn.EndTimestamp ?? _time.GetTimestamp()));
        }
    }

    /// <summary>A turn still waiting leaves the queue; one that runs keeps its cores until it ends.</summary>
    internal void Leave(PlanningTurn turn)
    {
        lock (_gate)
        {
            if (turn.Node is null)
                return;
            _queue.Remove(turn.Node);
            turn.Node = null;
            turn.Abandon();
            StartWaiting();
        }
    }

    internal void End(PlanningTurn turn)
    {
        lock (_gate)
        {
            if (turn.StartedAt is null || turn.EndTimestamp is not null)
                return;
            turn.EndTimestamp = _time.GetTimestamp();
            _free += turn.Cores;
            StartWaiting();
        }
    }

    /// <summary>Under the lock: starts the turns at the head of the queue while their cores are free.</summary>
    private void StartWaiting()
    {
        while (_queue.First is { Value: var next } && next.Cores <= _free)
        {
            _queue.RemoveFirst();
            next.Node = null;
            _free -= next.Cores;
            (next.StartedAt, next.StartTimestamp) = (_time.GetUtcNow(), _time.GetTimestamp());
            next.Begin();
        }
    }
}
