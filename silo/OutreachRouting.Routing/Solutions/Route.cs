namespace OutreachRouting.Routing.Solutions;

/// <summary>The ordered stops of one vehicle, between its start and end places.</summary>
public sealed record Route(int Vehicle, IReadOnlyList<Stop> Stops)
{
    public IEnumerable<int> Jobs => Stops.Where(s => s.Kind == StopKind.Job).Select(s => s.Index);

    /// <summary>A route of jobs only, for callers that leave break placement to the engine.</summary>
    public static Route OfJobs(int vehicle, IEnumerable<int> jobs) => new(vehicle, [.. jobs.Select(Stop.ForJob)]);
}
