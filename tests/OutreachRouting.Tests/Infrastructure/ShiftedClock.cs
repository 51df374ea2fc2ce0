namespace OutreachRouting.Tests.Infrastructure;

/// <summary>
/// The system clock moved by an offset a test sets: time still passes, so timers, timeouts and the silo behave, but
/// "now" can be the middle of next week's shift. Moved forward only, so that tokens issued now are already valid.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    /// <summary>Moves the clock so that it reads <paramref name="at"/> now.</summary>
    public void MoveTo(DateTimeOffset at)
    {
        var offset = at - base.GetUtcNow();
        if (offset < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(at), at, "The clock moves forward only.");
        Interlocked.Exchange(ref offsetTicks, offset.Ticks);
    }
}
