using OutreachRouting.Contracts.Safety;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Grains.Safety;

/// <summary>A worker's lone-working watch: it wakes (see <see cref="WakeUp{TState}"/>) when the next expected check becomes overdue.</summary>
public sealed class LoneWorkingGrain(
    [PersistentState(LoneWorkingState.StateName, OutreachStorage.Name)] IPersistentState<LoneWorkingState> state,
    TimeProvider time) : Grain, ILoneWorkingGrain, IRemindable
{
    public const string ReminderName = "lone-working";

    /// <summary>How long a shift stays watched after it ends, for a late check-out.</summary>
    private static readonly TimeSpan KeptAfterwards = TimeSpan.FromDays(2);

    private WakeUp<LoneWorkingState>? wakeUp;

    private (string Team, string Id) Key => OutreachKeys.Parse(this.GetPrimaryKeyString());

    private LoneWorkingState State => state.State;

    private WakeUp<LoneWorkingState> WakeUp => wakeUp ??= new(this, state, ReminderName, ReportOverdueAsync, time);

    private ITeamSafetyGrain Team => GrainFactory.GetGrain<ITeamSafetyGrain>(Key.Team);

    public async Task WatchAsync(string week, int version, IReadOnlyList<ShiftAssignment> shifts)
    {
        if (State.Versions.GetValueOrDefault(week) >= version)
            return;
        var now = time.GetUtcNow();
        var since = now - KeptAfterwards;
        await state.PersistAsync(s =>
        {
            var before = s.Shifts.Where(w => w.Week == week).ToDictionary(w => w.ShiftId, StringComparer.Ordinal);
            s.Versions[week] = version;
            s.Shifts.RemoveAll(w => w.Week == week || w.Shift.End < since);

            // A shift first published after it ended expects nothing of anyone.
            s.Shifts.AddRange(shifts
                .Where(a => before.ContainsKey(a.ShiftId) ? a.End >= since : a.End > now)
                .Select(a => Watched(week, a, before.GetValueOrDefault(a.ShiftId), now)));
            s.Shifts.Sort((a, b) => a.Shift.Start.CompareTo(b.Shift.Start));
            var oldest = OutreachKeys.WeekOf(London.Date(since));
            foreach (var old in s.Versions.Keys.Where(w => string.CompareOrdinal(w, oldest) < 0 && !s.Shifts.Any(x => x.Week == w)).ToList())
                s.Versions.Remove(old);
        });
        await WatchNextAsync(await GraceAsync());
    }

    public async Task<LoneWorkingStatus> CheckInAsync(CheckIn checkIn)
    {
        var now = time.GetUtcNow();
        WatchedShift watched;
        int stop;
        if (checkIn.StopId is { } stopId)
        {
            (watched, stop) = FindStop(stopId);
            if (!ShiftWatch.UnderWay(watched, now))
            {
                throw new ValidationException([new FieldError("stopId", watched.CheckedOutAt is not null
                    ? $"is on a shift you checked out of at {London.Show(watched.CheckedOutAt.Value)}"
                    : $"can be checked in at from {London.Show(watched.Shift.Start - ShiftWatch.EarliestCheckIn)}, an hour before its shift")]);
            }
        }
        else
        {
            watched = State.Shifts.FirstOrDefault(w => ShiftWatch.TakesCheckIn(w, now))
                ?? throw new ConflictException($"No shift of yours is under way or starts within the hour{NextShiftText(now)}; after a shift has ended, check out instead.");
            stop = -1;
        }

        await state.PersistAsync(_ =>
        {
            watched.CheckedInAt ??= now;
            watched.LastStop = Math.Max(watched.LastStop, stop);
        });
        var where = stop >= 0 ? $" at stop {checkIn.StopId}" : "";
        var closed = await HeardFromAsync(watched, now, $"Checked in{where}");
        var grace = await GraceAsync();
        await WatchNextAsync(grace);
        return Status(watched, grace, closed.Count > 0
            ? $"Checked in{where} {Late(watched, now)} at {London.Show(now)}: alert {string.Join(", ", closed)} is closed, and your partner and managers see that you are safe."
            : $"Checked in{where} at {London.Show(now)}.", closed);
    }

    public async Task<LoneWorkingStatus> CheckOutAsync()
    {
        var now = time.GetUtcNow();
        var watched = State.Shifts.Where(w => ShiftWatch.UnderWay(w, now)).OrderBy(w => w.CheckedInAt is null).ThenBy(w => w.Shift.Start).FirstOrDefault()
            ?? throw new ConflictException($"No shift of yours is under way to check out of{NextShiftText(now)}.");
        await state.PersistAsync(_ => watched.CheckedOutAt = now);
        var closed = await HeardFromAsync(watched, now, "Checked out");
        var grace = await GraceAsync();
        await WatchNextAsync(grace);
        return Status(watched, grace, closed.Count > 0
            ? $"Checked out at {London.Show(now)}: alert {string.Join(", ", closed)} is closed, and your partner and managers see that you are safe. Nothing more is expected of this shift."
            : $"Checked out at {London.Show(now)}. Nothing more is expected of this shift.", closed);
    }

    public async Task<LoneWorkingStatus> RaiseAlarmAsync()
    {
        var now = time.GetUtcNow();
        var watched = State.Shifts.FirstOrDefault(w => ShiftWatch.UnderWay(w, now));
        var lastStop = watched is { LastStop: >= 0 } ? ShiftWatch.CheckStops(watched.Shift)[watched.LastStop] : null;
        var alert = await Team.RaiseAsync(new Overdue(
            Key.Id, watched?.Shift.PartnerWorkerId, watched?.ShiftId, AlertKind.Alarm, now, lastStop?.StopId, lastStop?.VenueId));
        var settings = await Team.GetSettingsAsync();
        var told = string.Join(", ", alert.Escalations[^1].Recipients.Select(Recipient));
        return Status(watched, TimeSpan.FromMinutes(settings.GraceMinutes), $"Alarm raised at {London.Show(now)} (alert {alert.Id}): {told} are told, and told again every {settings.RepeatMinutes} minutes until a manager answers.", [], alert.Id);
    }

    public async Task<LoneWorkingStatus> GetStatusAsync()
    {
        var grace = await GraceAsync();
        var now = time.GetUtcNow();
        var watched = State.Shifts.FirstOrDefault(w => ShiftWatch.UnderWay(w, now))
            ?? State.Shifts.LastOrDefault(w => w.CheckedOutAt > now - ShiftWatch.LatestCheckOut)
            ?? State.Shifts.FirstOrDefault(w => w.Shift.Start > now);
        return Status(watched, grace, watched switch
        {
            null => "No shift of yours is under way or to come.",
            { State: ShiftState.CheckedIn } => $"Checked in since {London.Show(watched.CheckedInAt!.Value)}.",
            { State: ShiftState.CheckedOut } => $"Checked out at {London.Show(watched.CheckedOutAt!.Value)}{NextShiftText(now)}.",
            _ when watched.Shift.Start > now => $"Your next shift begins {London.Show(watched.Shift.Start)}; check in when it does.",
            _ => $"Your shift began {London.Show(watched.Shift.Start)}: check in.",
        }, []);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => ReportOverdueAsync();

    /// <summary>Reports every check overdue by now, then watches for the next.</summary>
    private async Task ReportOverdueAsync()
    {
        // A worker who has left works none of the shifts still published to them: nobody is told they are missing.
        if (await GrainFactory.GetGrain<IWorkerGrain>(this.GetPrimaryKeyString()).GetAsync() is not { Definition.Status: not WorkerStatus.Left })
        {
            await state.PersistAsync(s => s.Shifts.Clear());
            await WakeUp.SetAsync(null);
            return;
        }

        var grace = await GraceAsync();
        var now = time.GetUtcNow();
        foreach (var watched in State.Shifts)
        {
            while (ShiftWatch.Next(watched, grace) is { } check && check.AlertAt <= now)
            {
                var stop = check.StopId ?? (watched.LastStop >= 0 ? ShiftWatch.CheckStops(watched.Shift)[watched.LastStop].StopId : null);
                var venue = watched.Shift.Stops.FirstOrDefault(s => s.StopId == stop)?.VenueId;
                await Team.RaiseAsync(new Overdue(Key.Id, watched.Shift.PartnerWorkerId, watched.ShiftId, check.Kind, check.At, stop, venue));
                await state.PersistAsync(_ =>
                {
                    watched.Reported.Add(ShiftWatch.Key(check));
                    watched.MissedSince ??= check.At;
                });
            }
        }

        await WatchNextAsync(grace);
    }

    /// <summary>Wakes the grain at the next overdue moment, or never when no check is left.</summary>
    private async Task WatchNextAsync(TimeSpan grace)
    {
        var now = time.GetUtcNow();
        await WakeUp.SetAsync(State.Shifts.Select(w => ShiftWatch.Next(w, grace)).OfType<ExpectedCheck>().Select(c => WakeAt(c, now)).Cast<DateTimeOffset?>().Min());
    }

    /// <summary>
    /// When to look at a check: when it becomes overdue, but first at the shortest grace a manager may set while that
    /// is still to come, so that a grace shortened meanwhile is honoured.
    /// </summary>
    private static DateTimeOffset WakeAt(ExpectedCheck check, DateTimeOffset now) =>
        check.At + TimeSpan.FromMinutes(SafetyRules.ShortestGraceMinutes) is var early && early > now && early < check.AlertAt ? early : check.AlertAt;

    /// <summary>The worker was heard from: alerts their watch raised on the shift close, saying how late.</summary>
    private async Task<IReadOnlyList<string>> HeardFromAsync(WatchedShift watched, DateTimeOffset now, string what) =>
        watched.MissedSince is null
            ? []
            : [.. (await Team.ResolveAsync(Key.Id, watched.ShiftId, $"{what} {Late(watched, now)} at {London.Show(now)}.")).Select(a => a.Id)];

    /// <summary>"22 minutes late": since the first check reported overdue on the shift was due.</summary>
    private static string Late(WatchedShift watched, DateTimeOffset now) =>
        $"{(int)Math.Round((now - watched.MissedSince!.Value).TotalMinutes)} minutes late";

    private (WatchedShift Shift, int Stop) FindStop(string stopId)
    {
        foreach (var watched in State.Shifts)
        {
            var stops = ShiftWatch.CheckStops(watched.Shift);
            for (var i = 0; i < stops.Count; i++)
            {
                if (stops[i].StopId == stopId)
                    return (watched, i);
            }
        }

        throw new ValidationException([new FieldError("stopId", $"'{stopId}' is no stop of your published shifts")]);
    }

    private async Task<TimeSpan> GraceAsync() => TimeSpan.FromMinutes((await Team.GetSettingsAsync()).GraceMinutes);

    private LoneWorkingStatus Status(WatchedShift? watched, TimeSpan grace, string message, IReadOnlyList<string> closed, string? alarm = null)
    {
        var stops = watched is null ? [] : ShiftWatch.CheckStops(watched.Shift);
        var next = watched is null ? null : ShiftWatch.Expected(watched, grace).FirstOrDefault();
        return new LoneWorkingStatus(
            Key.Id, watched?.ShiftId, watched?.State ?? ShiftState.OffShift, watched?.CheckedInAt, watched?.CheckedOutAt,
            watched is { LastStop: >= 0 } ? stops[watched.LastStop].StopId : null, next, message, closed, alarm);
    }

    private string NextShiftText(DateTimeOffset now) =>
        State.Shifts.FirstOrDefault(w => w.Shift.Start > now) is { } next ? $" (your next begins {London.Show(next.Shift.Start)})" : "";

    private static WatchedShift Watched(string week, ShiftAssignment shift, WatchedShift? before, DateTimeOffset now) => new()
    {
        Week = week,
        Shift = shift,
        WatchedSince = before?.WatchedSince ?? now,
        CheckedInAt = before?.CheckedInAt,
        CheckedOutAt = before?.CheckedOutAt,
        LastStop = before is null ? -1 : Math.Min(before.LastStop, ShiftWatch.CheckStops(shift).Count - 1),
        Reported = before?.Reported ?? [],
        MissedSince = before?.MissedSince,
    };

    private static string Recipient(string recipient) => recipient switch
    {
        Escalation.Managers => "your managers",
        Escalation.Webhook => "the on-call line",
        _ => $"your partner {Escalation.WorkerOf(recipient)}",
    };
}
