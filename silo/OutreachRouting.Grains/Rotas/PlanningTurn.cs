namespace OutreachRouting.Grains.Rotas;

/// <summary>
/// One plan's claim on <see cref="PlanningSlots"/>: queued, then running on <see cref="Cores"/> cores until disposed.
/// Its fields change under the slots' lock, and are read through it.
/// </summary>
public sealed class PlanningTurn : IDisposable
{
    private readonly PlanningSlots _slots;

    // The plan's own code waits on this, off the lock: completions run their continuations elsewhere.
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _cancellation;

    internal PlanningTurn(PlanningSlots slots, int cores) => (_slots, Cores) = (slots, cores);

    public int Cores { get; }

    /// <summary>Completes when the cores are the plan's; cancelled when the plan is cancelled while queued.</summary>
    public Task Started => _started.Task;

    /// <summary>The place in the queue while waiting (1 starts next); null once it runs or has left.</summary>
    public int? Position => _slots.PositionOf(this);

    /// <summary>When it began to run (null while queued), and for how long it ran or has run.</summary>
    public (DateTimeOffset? StartedAt, TimeSpan Elapsed) Times => _slots.TimesOf(this);

    internal LinkedListNode<PlanningTurn>? Node { get; set; }

    internal DateTimeOffset? StartedAt { get; set; }

    internal long StartTimestamp { get; set; }

    internal long? EndTimestamp { get; set; }

    internal void LeaveWhen(CancellationToken cancellation) => _cancellation = cancellation.Register(() => _slots.Leave(this));

    internal void Begin() => _started.TrySetResult();

    internal void Abandon() => _started.TrySetCanceled();

    /// <summary>Gives the cores back, or leaves the queue.</summary>
    public void Dispose()
    {
        _cancellation.Dispose();
        _slots.Leave(this);
        _slots.End(this);
    }
}
