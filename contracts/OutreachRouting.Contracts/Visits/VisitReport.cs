using System.Text.Json.Serialization;
using OutreachRouting.Contracts.Geography;

namespace OutreachRouting.Contracts.Visits;

/// <summary>
/// What a worker records after a stop: counts, flags and choices, and no free text on purpose, so that it can never hold
/// a service user's name, contact details or anything else that could identify them. A field it does not have is
/// refused, not dropped unseen, so a client that tries to send one hears of it.
/// </summary>
/// <param name="StopId">The stop of the worker's published shift, e.g. "2026-W49.the-lamb.2".</param>
/// <param name="SafeguardingConcern">A concern was raised; the details go through the safeguarding process, not here.</param>
/// <param name="NewPosition">With <see cref="VenueLooks.Moved"/>: where the venue seems to be now, when known.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[GenerateSerializer, Immutable, Alias("outreach.VisitReport")]
public sealed record VisitReport(
    [property: Id(0)] string StopId, [property: Id(1)] VisitOutcome Outcome, [property: Id(2)] VisitCounts? Counts = null,
    [property: Id(3)] Referrals? Referrals = null, [property: Id(4)] bool SafeguardingConcern = false,
    [property: Id(5)] VenueLooks VenueLooks = VenueLooks.AsExpected, [property: Id(6)] Position? NewPosition = null);
