using OutreachRouting.Contracts.Workers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Json;
using OutreachRouting.Rota;
using OutreachRouting.Rota.Editing;
using OutreachRouting.Rota.Planning;
using OutreachRouting.Rota.Travel;
using OutreachRouting.Rota.Validation;
using OutreachRouting.Routing;

namespace OutreachRouting.Grains.Rotas;

/// <summary>
/// One team's rota for one ISO week. A plan waits for its cores in the silo's <see cref="PlanningSlots"/>, then runs on
/// the thread pool, off the grain's scheduler, so the grain keeps answering status calls; its result comes back to
/// the grain to be stored. Edits and publishing wait for no plan. Publishing delivers to the workers' grains until
/// each has the version, retried by a reminder.
/// </summary>
public sealed partial class PlannerGrain(
    [PersistentState(PlannerState.StateName, OutreachStorage.Name)] IPersistentState<PlannerState> state,
    ITravelTimes travel,
    PlanningSlots slots,
    TimeProvider time,
    ILogger<PlannerGrain> logger) : Grain, IPlannerGrain, IRemindable
{
    /// <summary>The reminder that retries deliveries of the published version.</summary>
    internal const string DeliveryReminder = "deliver-published-rota";

    private const double MaxSeconds = 300;

    /// <summary>Orleans' shortest reminder period, and soon enough for a worker to see a rota published for days ahead.</summary>
    private static readonly TimeSpan DeliveryRetry = TimeSpan.FromMinutes(1);

    /// <summary>A cancelled search stops between two moves; what can be slower is a routing server's answer.</summary>
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(5);

    private PlanningState _outcome = PlanningState.Idle;
    private PlanningTurn? _turn;
    private BestSoFar _best = new();
    private string? _error;
    private CancellationTokenSource _cancel = new();
    private Task _running = Task.CompletedTask;
    private Task _writing = Task.CompletedTask;

    private (string Team, string Week) Key => OutreachKeys.Parse(this.GetPrimaryKeyString());

    private PlannerState State => state.State;

    public async Task<PlanningStatus> StartPlanningAsync(PlanRequest request)
    {
        EnsureIdle();
        var input = await ReadRegistersAsync();
        return Start(input, request.Seconds, request.Seed);
    }

    public async Task<PlanningStatus> ReplanAsync(ReplanRequest request)
    {
        EnsureIdle();
        var published = State.Published ?? throw new ConflictException($"The rota of {Key.Week} has not been published; plan it first.");
        var clock = WeekClock.Parse(Key.Week);
        if (clock.DayIndexOf(request.From) is null)
            throw new ValidationException([new FieldError("from", $"must be a date in {Key.Week} ({clock.Monday:yyyy-MM-dd} to {clock.Date(6):yyyy-MM-dd})")]);
        var now = await ReadRegistersAsync();
        var unknown = request.UrgentVenueIds.Where(id => now.Venues.All(v => v.Id != id)).ToList();
        if (unknown.Count > 0)
            throw new ValidationException([new FieldError("urgentVenueIds", $"not venues of team {Key.Team}: {string.Join(", ", unknown)}")]);

        // Due visits and visit history stay as published, so the kept days still add up; who is available and which
        // venues are open come from the registers now; urgent venues are due at once at top priority.
        var input = published.Input with
        {
            Workers = now.Workers,
            Sessions = now.Sessions,
            Venues = [.. published.Input.Venues.Select(v => Replanned(v, now, request.UrgentVenueIds))
                .Concat(now.Venues.Where(v => published.Input.Venues.All(p => p.Id != v.Id)))],
            Pins = State.Pins,
            Published = published.Rota,
            KeepBefore = request.From,
        };
        return Start(input, request.Seconds, request.Seed);
    }

    public async Task<PlanningStatus> CancelPlanningAsync()
    {
        if (_running.IsCompleted)
            throw new ConflictException($"No plan of {Key.Week} is queued or running; there is nothing to cancel.");
        await _cancel.CancelAsync();
        await _running;
        return Status();
    }

    public Task<PlanningStatus> GetStatusAsync() => Task.FromResult(Status());

    public Task<RotaDocument> GetDraftAsync() => Task.FromResult(RotaMapping.ToContract(
        State.Draft ?? throw new NotFoundException($"There is no draft rota of {Key.Week} for team {Key.Team}."), null));

    public Task<RotaDocument> GetPublishedAsync() => Task.FromResult(RotaMapping.ToContract(
        State.Published ?? throw new NotFoundException($"The rota of {Key.Week} for team {Key.Team} has not been published."), State.PublishedVersion));

    public async Task<RotaDocument> EditAsync(int revision, RotaEdit edit, string editor)
    {
        EnsureIdle();
        var draft = CurrentDraft(revision);
        // One matrix per mode for the edit and its check: the validator then asks for what the editor already has.
        var legs = new SharedTravelTimes(travel);
        (PlanningInput Input, WeeklyRota Rota) edited;
        try
        {
            edited = await RotaEditor.ApplyAsync(draft.Input, draft.Rota, RotaMapping.ToEngine(edit), legs);
        }
        catch (ArgumentException e)
        {
            throw new ValidationException([new FieldError("edit", e.Message)]);
        }
        var violations = (await RotaValidator.ValidateAsync(edited.Input, edited.Rota, legs)).Select(v => RotaMapping.ToContract(v)).ToList();
        if (violations.Count > 0 && !edit.Override)
            throw new RotaRuleException($"The edit breaks {violations.Count} hard rule(s) of the rota; send it again with override to keep it.", violations);
        var now = time.GetUtcNow();
        IReadOnlyList<RotaOverride> overrides = violations.Count > 0 ? [.. draft.Overrides, new RotaOverride(edit, violations, editor, now)] : draft.Overrides;
        await PersistAsync(s =>
        {
            s.Pins = [.. edited.Input.Pins];
            s.Draft = draft with { Input = edited.Input, Rota = edited.Rota, Revision = draft.Revision + 1, Overrides = overrides, UpdatedAt = now };
        });
        return RotaMapping.ToContract(State.Draft!, null);
    }

    public async Task<RotaDocument> PublishAsync(int revision, string publisher)
    {
        EnsureIdle();
        var draft = CurrentDraft(revision);
        var before = State.Published?.Rota.Shifts.SelectMany(s => s.WorkerIds) ?? [];
        var version = State.PublishedVersion + 1;

        // Registered before the version is stored, so that a silo lost between storing and delivering still retries.
        await this.RegisterOrUpdateReminder(DeliveryReminder, DeliveryRetry, DeliveryRetry);
        await PersistAsync(s =>
        {
            s.Published = draft with { UpdatedAt = time.GetUtcNow() };
            s.PublishedVersion = version;

            // Whoever still waits for an earlier version is sent this one instead.
            s.PendingDeliveries = [.. s.PendingDeliveries.Union(before.Concat(draft.Rota.Shifts.SelectMany(x => x.WorkerIds)), StringComparer.Ordinal)];
        });
        await DeliverAsync();
        LogPublished(logger, Key.Team, Key.Week, version, publisher);
        return RotaMapping.ToContract(State.Published!, version);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => DeliverAsync();

    public async Task<string> ExportInputAsync()
    {
        var input = State.Draft?.Input ?? await ReadRegistersAsync();
        return JsonSerializer.Serialize(input with { Published = null, KeepBefore = null }, OutreachJson.Indented);
    }

    private Task<PlanningInput> ReadRegistersAsync()
    {
        try
        {
            WeekClock.Parse(Key.Week);
        }
        catch (FormatException e)
        {
            throw new ValidationException([new FieldError("week", e.Message)]);
        }
        return new PlanningInputSource(GrainFactory).ReadAsync(Key.Team, Key.Week, State.Pins, new PlanningSettings());
    }

    private static PlanningVenue Replanned(PlanningVenue published, PlanningInput now, IReadOnlyList<string> urgent)
    {
        var current = now.Venues.FirstOrDefault(v => v.Id == published.Id);
        var venue = published with { Active = current?.Active ?? false };
        return urgent.Contains(published.Id) ? venue with { LastVisitedOn = null, Priority = 5 } : venue;
    }

    private PlanningStatus Start(PlanningInput input, double seconds, int seed)
    {
        if (!(seconds > 0 && seconds <= MaxSeconds))
            throw new ValidationException([new FieldError("seconds", $"must be more than 0 and at most {MaxSeconds}")]);
        _cancel.Dispose();
        (_cancel, _best, _error) = (new CancellationTokenSource(), new BestSoFar(), null);

        // A plan asks for every core of the machine, and gets as many as the silo's cap allows.
        _turn = slots.Enter(Environment.ProcessorCount, _cancel.Token);
        var options = new SearchOptions { Seed = seed, TimeLimit = TimeSpan.FromSeconds(seconds), Parallelism = _turn.Cores };
        _running = RunAsync(input, options, _turn, _best, _cancel.Token);
        return Status();
    }

    /// <summary>The solve runs on the thread pool; the await brings the result back to the grain to store.</summary>
    private async Task RunAsync(PlanningInput input, SearchOptions options, PlanningTurn turn, BestSoFar best, CancellationToken cancellation)
    {
        try
        {
            var plan = await Task.Run(() => SolveAsync(input, options, turn, travel, best, cancellation));
            cancellation.ThrowIfCancellationRequested();
            await PersistAsync(s => s.Draft = new RotaRecord(
                input with { Published = null, KeepBefore = null },
                plan.Rota,
                (s.Draft?.Revision ?? 0) + 1,
                plan.Changes,
                [],
                time.GetUtcNow()));
            _outcome = PlanningState.Done;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            _outcome = PlanningState.Cancelled;
            LogCancelled(logger, Key.Team, Key.Week);
        }
        catch (Exception e)
        {
            (_outcome, _error) = (PlanningState.Failed, e.Message);
            LogFailed(logger, e, Key.Team, Key.Week);
        }
    }

    /// <summary>
    /// Waits its turn, plans, and gives the cores back, all on the thread pool: the cores return even if the grain is
    /// gone by then. The time limit counts from when the plan starts, not from when it was queued.
    /// </summary>
    private static async Task<RotaPlan> SolveAsync(
        PlanningInput input, SearchOptions options, PlanningTurn turn, ITravelTimes travel, BestSoFar best, CancellationToken cancellation)
    {
        using (turn)
        {
            await turn.Started;
            return await RotaPlanner.PlanAsync(input, travel, options, best, cancellation);
        }
    }

    /// <summary>
    /// Sends every worker still waiting for the published version their shifts, keeps those it could not reach for
    /// the reminder's next try, and drops the reminder once no one is left. Run by publishing and by the reminder.
    /// </summary>
    private async Task DeliverAsync()
    {
        if (State is { Published: { } published, PendingDeliveries.Count: > 0 })
        {
            var version = State.PublishedVersion;
            var reached = await Task.WhenAll(State.PendingDeliveries.Select(async id => (Id: id, Reached: await TryDeliverAsync(published, version, id))));
            var delivered = reached.Where(r => r.Reached).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            if (delivered.Count > 0)
                await PersistAsync(s => s.PendingDeliveries.RemoveAll(delivered.Contains));
        }

        if (State.PendingDeliveries.Count == 0 && await this.GetReminder(DeliveryReminder) is { } reminder)
            await this.UnregisterReminder(reminder);
    }

    private async Task<bool> TryDeliverAsync(RotaRecord published, int version, string workerId)
    {
        try
        {
            await GrainFactory.GetGrain<IWorkerGrain>(OutreachKeys.For(Key.Team, workerId))
                .AssignAsync(Key.Week, version, RotaMapping.Assignments(published.Rota, workerId, RotaVersions.Of(Key.Week, version)));
            return true;
        }
        catch (Exception e)
        {
            LogDeliveryFailed(logger, e, Key.Team, Key.Week, version, workerId);
            return false;
        }
    }

    /// <summary>A plan dies with its activation: it is cancelled, and given a moment to stop and free its cores.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_running.IsCompleted)
            return;
        await _cancel.CancelAsync();
        try
        {
            await _running.WaitAsync(StopWait, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            LogStillStopping(logger, Key.Team, Key.Week);
        }
    }

    /// <summary>
    /// Applies and writes a change after the write before it: a plan's result can come back to the grain while a
    /// reminder's delivery is writing, and two writes in flight would conflict on the state's ETag.
    /// </summary>
    private Task PersistAsync(Action<PlannerState> change) => _writing = WriteAfterAsync(_writing, change);

    private async Task WriteAfterAsync(Task before, Action<PlannerState> change)
    {
        await before.ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.SuppressThrowing);
        await state.PersistAsync(change);
    }

    private RotaRecord CurrentDraft(int revision)
    {
        var draft = State.Draft ?? throw new NotFoundException($"There is no draft rota of {Key.Week} for team {Key.Team}.");
        if (draft.Revision != revision)
            throw new VersionConflictException(revision, draft.Revision);
        return draft;
    }

    private void EnsureIdle()
    {
        if (!_running.IsCompleted)
            throw new ConflictException($"The rota of {Key.Week} is being planned; wait until planning is done.");
    }

    private PlanningStatus Status()
    {
        var position = _running.IsCompleted ? null : _turn!.Position;
        var (startedAt, elapsed) = _turn?.Times ?? (null, TimeSpan.Zero);
        var planning = _running.IsCompleted ? _outcome : position is null ? PlanningState.Planning : PlanningState.Queued;
        return new(
            Key.Team,
            Key.Week,
            planning,
            startedAt,
            elapsed.TotalSeconds,
            _best.Objective,
            State.Draft?.Revision,
            State.Published is null ? null : State.PublishedVersion,
            _error,
            position,
            _turn?.Cores,
            [.. State.PendingDeliveries]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Team {Team} published the rota of {Week} as version {Version} ({Publisher})")]
    private static partial void LogPublished(ILogger logger, string team, string week, int version, string publisher);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Team {Team} could not yet give worker {WorkerId} version {Version} of the rota of {Week}; retried by reminder")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string team, string week, int version, string workerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Planning the rota of {Week} for team {Team} was cancelled")]
    private static partial void LogCancelled(ILogger logger, string team, string week);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cancelled plan of {Week} for team {Team} had not stopped when its grain deactivated")]
    private static partial void LogStillStopping(ILogger logger, string team, string week);

    [LoggerMessage(Level = LogLevel.Error, Message = "Planning the rota of {Week} for team {Team} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string team, string week);
}
