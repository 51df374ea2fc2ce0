using OutreachRouting.Contracts.Visits;

namespace OutreachRouting.Grains.Venues;

public sealed class VenueGrain(
    [PersistentState(VenueState.StateName, OutreachStorage.Name)] IPersistentState<VenueState> state,
    TimeProvider time) : RegisterGrain<VenueState, VenueDefinition, VenueSnapshot>(state, time), IVenueGrain
{
    private static readonly TimeSpan FourWeeks = TimeSpan.FromDays(28);
    private static readonly TimeSpan TwelveWeeks = TimeSpan.FromDays(84);

    protected override string Noun => "Venue";

    public async Task<VenueSnapshot> RecordVisitAsync(VenueVisit visit)
    {
        EnsureExists();
        var now = Time.GetUtcNow();
        var errors = new ErrorList();
        errors.Require(visit.VisitedAt <= now.AddHours(1), "visitedAt", "must not be in the future");
        errors.Require(visit.Contacts >= 0, "contacts", "must not be negative");
        errors.Require(visit.WorkerIds is { Count: > 0 } && visit.WorkerIds.All(OutreachKeys.IsValidLocalId),
            "workerIds", "must name the one or two workers who made the visit");
        errors.ThrowIfAny();

        // A record delivered again changes nothing; a corrected one replaces what the venue learnt from it.
        var previous = visit.RecordId is null ? null : State.RecentVisits.Find(v => v.RecordId == visit.RecordId);
        if (previous is not null && Same(previous, visit))
        {
            return Snapshot();
        }

        await PersistAsync(s =>
        {
            if (previous is not null)
            {
                s.RecentVisits.Remove(previous);
                Uncount(s, previous);
            }

            s.RecentVisits.Add(visit);
            s.RecentVisits.RemoveAll(v => v.VisitedAt < now - TwelveWeeks);
            s.RecentVisits.Sort((a, b) => a.VisitedAt.CompareTo(b.VisitedAt));
            if (Counts(visit))
            {
                Count(s, visit);
            }
        });
        return Snapshot();
    }

    /// <summary>Only a visit that happened counts for the venue's interval, its visit counts and continuity.</summary>
    private static bool Counts(VenueVisit visit) => visit.Outcome == VisitOutcome.Visited;

    private static bool Same(VenueVisit a, VenueVisit b) =>
        (a.VisitedAt, a.Contacts, a.Outcome) == (b.VisitedAt, b.Contacts, b.Outcome) && a.WorkerIds.SequenceEqual(b.WorkerIds);

    private static void Count(VenueState s, VenueVisit visit)
    {
        if (s.LastVisitAt is null || visit.VisitedAt > s.LastVisitAt)
        {
            s.LastVisitAt = visit.VisitedAt;
        }

        foreach (var workerId in visit.WorkerIds.Distinct())
        {
            var index = s.Visitors.FindIndex(v => v.WorkerId == workerId);
            var previous = index >= 0 ? s.Visitors[index] : new WorkerContinuity(workerId, visit.VisitedAt, 0);
            var updated = new WorkerContinuity(
                workerId, previous.LastVisitAt > visit.VisitedAt ? previous.LastVisitAt : visit.VisitedAt, previous.Visits + 1);
            if (index >= 0)
            {
                s.Visitors[index] = updated;
            }
            else
            {
                s.Visitors.Add(updated);
            }
        }
    }

    /// <summary>
    /// Takes back what a visit, now corrected, had counted. Its dates are recomputed from the recent visits that
    /// still count, which hold every visit a correction can reach.
    /// </summary>
    private static void Uncount(VenueState s, VenueVisit visit)
    {
        if (!Counts(visit))
        {
            return;
        }

        var counted = s.RecentVisits.Where(Counts).ToList();
        if (s.LastVisitAt == visit.VisitedAt)
        {
            s.LastVisitAt = counted.Count > 0 ? counted.Max(v => v.VisitedAt) : null;
        }

        foreach (var workerId in visit.WorkerIds.Distinct())
        {
            var index = s.Visitors.FindIndex(v => v.WorkerId == workerId);
            if (index < 0)
            {
                continue;
            }

            var left = s.Visitors[index].Visits - 1;
            var last = counted.Where(v => v.WorkerIds.Contains(workerId)).Select(v => (DateTimeOffset?)v.VisitedAt).Max();
            if (left <= 0)
            {
                s.Visitors.RemoveAt(index);
            }
            else
            {
                s.Visitors[index] = new WorkerContinuity(workerId, last ?? s.Visitors[index].LastVisitAt, left);
            }
        }
    }

    public async Task<bool> DiscardNewAsync()
    {
        if (State.Definition is null || State.Version != 1 || State.LastVisitAt is not null)
        {
            return false;
        }

        await ClearAsync();
        DeactivateOnIdle();
        return true;
    }

    protected override void Validate(VenueDefinition definition) => VenueRules.Validate(Key.Id, definition);

    protected override void Apply(VenueState target, VenueDefinition definition)
    {
        target.Definition = definition;
        target.ServiceMinutes = VenueRules.ServiceMinutes(definition);
    }

    protected override VenueDefinition Closed(VenueDefinition definition) => definition with { Status = VenueStatus.Closed, MovedTo = null };

    protected override VenueSnapshot Snapshot()
    {
        var s = State;
        var now = Time.GetUtcNow();
        var last4 = s.RecentVisits.Where(v => v.VisitedAt >= now - FourWeeks).ToList();
        var last12 = s.RecentVisits.Where(v => v.VisitedAt >= now - TwelveWeeks).ToList();
        var visits = new VisitSummary(
            s.LastVisitAt,
            last4.Count(Counts),
            last12.Count(Counts),
            last4.Sum(v => v.Contacts),
            last12.Sum(v => v.Contacts),
            [.. s.Visitors.OrderByDescending(v => v.LastVisitAt)]);
        return new VenueSnapshot(Key.Team, Key.Id, s.Definition!, s.ServiceMinutes, s.Version, s.CreatedAt, s.UpdatedAt, visits);
    }
}
