namespace OutreachRouting.Tests.Visits;

internal static class RotaTestWorkers
{
    /// <summary>A worker of the team with no shift holding the stop: someone it is not theirs to record.</summary>
    public static string Other(string worker, IReadOnlyDictionary<string, IReadOnlyList<ShiftAssignment>> shifts, string stopId) =>
        shifts.First(w => w.Key != worker && w.Value.All(s => s.Stops.All(t => t.StopId != stopId))).Key;
}
