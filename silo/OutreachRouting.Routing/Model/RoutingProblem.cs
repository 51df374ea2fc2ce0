namespace OutreachRouting.Routing.Model;

/// <summary>
/// Everything the engine optimises over. The objective is travel distance of every used vehicle,
/// plus fixed costs of used vehicles, plus <see cref="AssignmentCosts"/> of each served job, plus penalties
/// of optional jobs left out, plus <see cref="WarmStart"/> change costs.
/// </summary>
public sealed record RoutingProblem
{
    public required IReadOnlyList<Vehicle> Vehicles { get; init; }

    public required IReadOnlyList<Job> Jobs { get; init; }

    public required IReadOnlyList<TravelProfile> Profiles { get; init; }

    public IReadOnlyList<JobGroup> Groups { get; init; } = [];

    /// <summary>Optional [vehicle, job] cost of serving a job by a vehicle (continuity: cheaper for a known venue).</summary>
    public double[,]? AssignmentCosts { get; init; }

    public WarmStart? WarmStart { get; init; }

    /// <summary>Throws when indices or sizes do not fit together.</summary>
    public void Validate()
    {
        if (Profiles.Count == 0)
            throw new ArgumentException("At least one travel profile is needed.");
        var size = Profiles[0].Durations.Size;
        foreach (var profile in Profiles)
        {
            if (profile.Durations.Size != size || profile.Distances.Size != size)
                throw new ArgumentException("Every profile's matrices must have the same size.");
        }
        for (var v = 0; v < Vehicles.Count; v++)
        {
            var vehicle = Vehicles[v];
            if (!InRange(vehicle.StartLocation, size) || !InRange(vehicle.EndLocation, size) || !InRange(vehicle.Profile, Profiles.Count))
                throw new ArgumentException($"Vehicle {v} refers to a location or profile that does not exist.");
            if (vehicle.Shift.Start > vehicle.Shift.End || vehicle.Breaks.Any(b => b.Window.Start > b.Window.End || b.Duration < 0))
                throw new ArgumentException($"Vehicle {v} has a shift or break window that ends before it starts.");
        }
        for (var j = 0; j < Jobs.Count; j++)
        {
            var job = Jobs[j];
            if (!InRange(job.Location, size))
                throw new ArgumentException($"Job {j} refers to location {job.Location}, outside the matrices.");
            if (job.PinnedVehicle is { } pin && !InRange(pin, Vehicles.Count))
                throw new ArgumentException($"Job {j} is pinned to vehicle {pin}, which does not exist.");
            if (job.TimeWindows.Any(w => w.Start > w.End))
                throw new ArgumentException($"Job {j} has a time window that ends before it starts.");
            for (var w = 1; w < job.TimeWindows.Count; w++)
            {
                if (job.TimeWindows[w].Start <= job.TimeWindows[w - 1].End)
                    throw new ArgumentException($"Job {j} has time windows that overlap or are not sorted.");
            }
        }
        var groupOf = new int[Jobs.Count];
        Array.Fill(groupOf, -1);
        for (var g = 0; g < Groups.Count; g++)
        {
            if (Groups[g].MinSpacingDays < 1)
                throw new ArgumentException($"Group {g} must space its visits at least one day apart.");
            foreach (var j in Groups[g].Jobs)
            {
                if (!InRange(j, Jobs.Count) || groupOf[j] >= 0)
                    throw new ArgumentException($"Group {g} refers to job {j}, which does not exist or is in another group.");
                groupOf[j] = g;
            }
        }
        if (AssignmentCosts is { } costs && (costs.GetLength(0) != Vehicles.Count || costs.GetLength(1) != Jobs.Count))
            throw new ArgumentException("AssignmentCosts must be [vehicles, jobs].");
        if (WarmStart is { } warm && warm.ChangeCosts.Count != Jobs.Count)
            throw new ArgumentException("WarmStart.ChangeCosts needs one entry per job.");
    }

    /// <summary>Whether <paramref name="vehicle"/> may serve <paramref name="job"/> at all (skills and pins).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool CanServe(int vehicle, int job)
    {
        var j = Jobs[job];
        var v = Vehicles[vehicle];
        return (j.RequiredSkills & ~v.Skills) == 0
            && (j.PinnedVehicle is not { } pin || pin == vehicle)
            && (j.PinnedDay is not { } day || day == v.Day);
    }

    private static bool InRange(int index, int count) => index >= 0 && index < count;
}
