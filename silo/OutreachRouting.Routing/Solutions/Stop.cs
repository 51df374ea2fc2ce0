namespace OutreachRouting.Routing.Solutions;

/// <summary>A job index, or an index into the vehicle's breaks.</summary>
public readonly record struct Stop(StopKind Kind, int Index)
{
    public static Stop ForJob(int job) => new(StopKind.Job, job);

    public static Stop ForBreak(int breakIndex) => new(StopKind.Break, breakIndex);
}
