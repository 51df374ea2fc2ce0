using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Grains.Workers;

/// <summary>The owner of a calendar link, keyed by its secret's hash; see <see cref="ICalendarFeedGrain"/>.</summary>
public sealed class CalendarFeedGrain(
    [PersistentState(CalendarFeedState.StateName, OutreachStorage.Name)] IPersistentState<CalendarFeedState> state) : Grain, ICalendarFeedGrain
{
    public async Task BindAsync(string team, string workerId)
    {
        var owner = OutreachKeys.For(team, workerId);
        if (state.State.Owner == owner)
            return;
        if (state.State.Owner is not null)
            throw new ConflictException("This calendar link belongs to someone else.");
        await state.PersistAsync(s => s.Owner = owner);
    }

    public Task<string?> GetOwnerAsync() => Task.FromResult(state.State.Owner);
}
