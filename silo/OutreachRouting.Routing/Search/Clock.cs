namespace OutreachRouting.Routing.Search;

/// <summary>A counter shared by the states of one search, so route stamps stay comparable across copies.</summary>
internal sealed class Clock
{
    public long Now { get; private set; }

    public long Tick() => ++Now;
}
