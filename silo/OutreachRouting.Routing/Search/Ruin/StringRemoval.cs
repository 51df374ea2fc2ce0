namespace OutreachRouting.Routing.Search.Ruin;

/// <summary>
/// Ruin step of SISR (Christiaens and Vanden Berghe 2020): removes short strings of consecutive visits from a
/// few routes that lie near a random seed job, so that the recreate step can rebuild that area differently.
/// </summary>
internal sealed class StringRemoval(ProblemData data, int averageRemoved, int maxStringLength)
{
    private readonly HashSet<SearchRoute> _ruined = [];

    /// <summary>Removes jobs and returns them; the touched routes are refreshed.</summary>
    public List<int> Apply(SearchState state, Random random)
    {
        var removed = new List<int>();
        var assigned = state.Routes.Where(r => !r.IsEmpty).ToList();
        if (assigned.Count == 0)
            return removed;
        var averageLength = (double)assigned.Sum(r => r.JobCount) / assigned.Count;
        var maxLength = Math.Min(maxStringLength, averageLength);
        var maxStrings = 4.0 * averageRemoved / (1 + maxLength) - 1;
        var strings = (int)(random.NextDouble() * maxStrings) + 1;

        var seed = random.Next(data.JobCount);
        for (var k = 0; k < data.JobCount && !state.IsAssigned(seed); k++)
            seed = (seed + 1) % data.JobCount;

        _ruined.Clear();
        foreach (var job in data.Nearest[seed].Prepend(seed))
        {
            if (_ruined.Count >= strings)
                break;
            if (state.RouteOf[job] is not { } route || !_ruined.Add(route))
                continue;
            var length = (int)(random.NextDouble() * Math.Min(maxLength, route.JobCount)) + 1;
            RemoveString(state, route, job, length, random, removed);
        }
        foreach (var route in _ruined)
            state.Refresh(route);
        return removed;
    }

    /// <summary>Removes <paramref name="length"/> jobs around <paramref name="job"/>; breaks stay with their vehicle.</summary>
    private void RemoveString(SearchState state, SearchRoute route, int job, int length, Random random, List<int> removed)
    {
        var position = state.PositionOf[job];
        var start = Math.Max(1, Math.Min(position - random.Next(length), route.Count - length + 1));
        var taken = 0;
        for (var p = start; p <= route.Count && taken < length;)
        {
            var node = route[p];
            if (node >= data.JobCount)
            {
                p++;
                continue;
            }
            route.RemoveAt(p);
            state.RouteOf[node] = null;
            removed.Add(node);
            taken++;
        }
    }
}
