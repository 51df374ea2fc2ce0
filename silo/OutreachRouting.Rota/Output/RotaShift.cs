using System.Text.Json.Serialization;
using OutreachRouting.Rota.Travel;

namespace OutreachRouting.Rota;

/// <summary>
/// One worker's, or a pair's, shift: from leaving the base at <see cref="Start"/> to returning at <see cref="End"/>,
/// with the stops in order. Times are local.
/// </summary>
/// <param name="Id">Stable within the week: day, then the workers, e.g. "wed/amara+jo".</param>
/// <param name="Day">The day the shift starts on (a night shift may end the next morning).</param>
/// <param name="ReturnTravelMinutes">The last leg, back to the base.</param>
public sealed record RotaShift(
    string Id,
    DayOfWeek Day,
    IReadOnlyList<string> WorkerIds,
    string BaseVenueId,
    TravelMode TravelMode,
    DateTime Start,
    DateTime End,
    IReadOnlyList<RotaStop> Stops,
    double ReturnTravelMinutes)
{
    [JsonIgnore]
    public bool IsPair => WorkerIds.Count == 2;
}
