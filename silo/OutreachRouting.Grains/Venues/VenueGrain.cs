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

        await PersistAsync(s =>
        {
            s.RecentVisits.Add(visit);
            s.RecentVisits.RemoveAll(v => v.VisitedAt < now - TwelveWeeks);
            s.RecentVisits.Sort((a, b) => a.VisitedAt.CompareTo(b.VisitedAt));
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
        });
        return Snapshot();
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
            last4.Count,
            last12.Count,
            last4.Sum(v => v.Contacts),
            last12.Sum(v => v.Contacts),
            [.. s.Visitors.OrderByDescending(v => v.LastVisitAt)]);
        return new VenueSnapshot(Key.Team, Key.Id, s.Definition!, s.ServiceMinutes, s.Version, s.CreatedAt, s.UpdatedAt, visits);
    }
}
