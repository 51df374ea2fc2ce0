using OutreachRouting.Routing.Model;

namespace OutreachRouting.Routing.Search;

/// <summary>A profile's matrices as flat arrays, for the hot loops.</summary>
internal sealed class TravelData(TravelProfile profile)
{
    public int Size { get; } = profile.Durations.Size;

    public double[] Durations { get; } = profile.Durations.Values;

    public double[] Distances { get; } = profile.Distances.Values;

    public double Duration(int from, int to) => Durations[from * Size + to];

    public double Distance(int from, int to) => Distances[from * Size + to];
}
