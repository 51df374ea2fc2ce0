using OutreachRouting.Contracts;
using OutreachRouting.Contracts.Errors;
using OutreachRouting.Contracts.Venues;
using OutreachRouting.Grains.Persistence;
using OutreachRouting.Grains.Validation;

namespace OutreachRouting.Grains.Venues;

public sealed class VenueGrain(
    [PersistentState(VenueState.StateName, GrainStateJson.StorageName)] IPersistentState<VenueState> state,
    TimeProvider time) : Grain, IVenueGrain
{
    private static readonly TimeSpan FourWeeks = TimeSpan.FromDays(28);
    private static readonly TimeSpan TwelveWeeks = TimeSpan.FromDays(84);

    private (string Team, string Id) Key => OutreachKeys.Parse(this.GetPrimaryKeyString());

    public Task<VenueSnapshot?> GetAsync() => Task.FromResult(state.State.Definition is null ? null : Snapshot());

    public async Task<VenueSnapshot> CreateAsync(VenueDefinition definition)
    {
        if (state.State.Definition is not null)
        {
            throw new ConflictException($"Venue '{Key.Id}' exists already in team '{Key.Team}'.");
        }

        VenueRules.Validate(Key.Id, definition);
        var now = time.GetUtcNow();
        await state.PersistAsync(s =>
        {
            s.Definition = definition;
            s.ServiceMinutes = VenueRules.ServiceMinutes(definition);
            s.Version = 1;
            s.CreatedAt = now;
            s.UpdatedAt = now;
        });
        return Snapshot();
    }

    public async Task<VenueSnapshot> UpdateAsync(VenueDefinition definition, int? expectedVersion)
    {
        EnsureWritable(expectedVersion);
        VenueRules.Validate(Key.Id, definition);
        await state.PersistAsync(s =>
        {
            s.Definition = definition;
            s.ServiceMinutes = VenueRules.ServiceMinutes(definition);
            s.Version++;
            s.UpdatedAt = time.GetUtcNow();
        });
        return Snapshot();
    }

    public Task<VenueSnapshot> CloseAsync(int? expectedVersion)
    {
        EnsureWritable(expectedVersion);
        return UpdateAsync(state.State.Definition! with { Status = VenueStatus.Closed, MovedTo = null }, expectedVersion);
    }

    public async Task<VenueSnapshot> RecordVisitAsync(VenueVisit visit)
    {
        EnsureExists();
        var now = time.GetUtcNow();
        var errors = new ErrorList();
        errors.Require(visit.VisitedAt <= now.AddHours(1), "visitedAt", "must not be in the future");
        errors.Require(visit.Contacts >= 0, "contacts", "must not be negative");
        errors.Require(visit.WorkerIds is { Count: > 0 } && visit.WorkerIds.All(OutreachKeys.IsValidLocalId),
            "workerIds", "must name the one or two workers who made the visit");
        errors.ThrowIfAny();

        await state.PersistAsync(s =>
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

    private void EnsureExists()
    {
        if (state.State.Definition is null)
        {
            throw new NotFoundException($"Venue '{Key.Id}' does not exist in team '{Key.Team}'.");
        }
    }

    private void EnsureWritable(int? expectedVersion)
    {
        EnsureExists();
        if (expectedVersion is { } expected && expected != state.State.Version)
        {
            throw new VersionConflictException(expected, state.State.Version);
        }
    }

    private VenueSnapshot Snapshot()
    {
        var s = state.State;
        var now = time.GetUtcNow();
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
