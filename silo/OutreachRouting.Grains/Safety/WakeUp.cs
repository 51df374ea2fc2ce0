namespace OutreachRouting.Grains.Safety;

/// <summary>A state that remembers when its grain's reminder is set for, so that setting it again for the same moment costs nothing.</summary>
public interface IWakeUpState
{
    DateTimeOffset? ReminderAt { get; set; }
}

/// <summary>
/// A grain's one durable wake-up: an Orleans reminder at the next moment something is due (it survives the silo;
/// after the first tick it repeats each minute until moved), and a timer at the same moment while the grain is
/// active, since a reminder may tick a little late. Each only makes the grain look again, so either alone is enough.
/// </summary>
public sealed class WakeUp<TState>(Grain grain, IPersistentState<TState> state, string reminderName, Func<Task> look, TimeProvider time)
    where TState : IWakeUpState
{
    private static readonly TimeSpan Repeat = TimeSpan.FromMinutes(1);
    private IGrainTimer? timer;

    /// <summary>Wakes the grain at <paramref name="at"/>, or never again when it is null.</summary>
    public async Task SetAsync(DateTimeOffset? at)
    {
        timer?.Dispose();
        timer = null;
        if (at is { } moment)
        {
            var now = time.GetUtcNow();
            var due = moment > now ? moment - now : TimeSpan.Zero;
            if (state.State.ReminderAt != moment)
            {
                await grain.RegisterOrUpdateReminder(reminderName, due, Repeat);
                await state.PersistAsync(s => s.ReminderAt = moment);
            }

            timer = grain.RegisterGrainTimer(_ => look(), new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = false });
        }
        else if (state.State.ReminderAt is not null)
        {
            if (await grain.GetReminder(reminderName) is { } reminder)
                await grain.UnregisterReminder(reminder);
            await state.PersistAsync(s => s.ReminderAt = null);
        }
    }
}
