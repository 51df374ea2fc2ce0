using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OutreachRouting.Contracts;
using OutreachRouting.Contracts.Errors;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Workers;
using OutreachRouting.Grains.Persistence;
using OutreachRouting.Json;
using OutreachRouting.Rota;
using OutreachRouting.Rota.Editing;
using OutreachRouting.Rota.Planning;
using OutreachRouting.Rota.Travel;
using OutreachRouting.Rota.Validation;
using OutreachRouting.Routing;

namespace OutreachRouting.Grains.Rotas;

/// <summary>
/// One team's rota for one ISO week. A plan runs on the thread pool, off the grain's scheduler, so the grain keeps
/// answering status calls; its result comes back to the grain to be stored. Edits and publishing wait for no plan.
/// </summary>
public sealed partial class PlannerGrain(
    [PersistentState(PlannerState.StateName, OutreachStorage.Name)] IPersistentState<PlannerState> state,
    ITravelTimes travel,
    TimeProvider time,
    ILogger<PlannerGrain> logger) : Grain, IPlannerGrain
{
    private const double MaxSeconds = 300;

    private PlanningState _planning = PlanningState.Idle;
    private DateTimeOffset? _startedAt;
    private readonly Stopwatch _clock = new();
    private BestSoFar _best = new();
    private string? _error;
    private Task _running = Task.CompletedTask;

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
        await state.PersistAsync(s =>
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
        await state.PersistAsync(s =>
        {
            s.Published = draft with { UpdatedAt = time.GetUtcNow() };
            s.PublishedVersion = version;
        });
        var rotaVersion = $"{Key.Week}.v{version}";
        var affected = before.Concat(draft.Rota.Shifts.SelectMany(s => s.WorkerIds)).Distinct(StringComparer.Ordinal);
        await Task.WhenAll(affected.Select(id => GrainFactory.GetGrain<IWorkerGrain>(OutreachKeys.For(Key.Team, id))
            .AssignAsync(Key.Week, RotaMapping.Assignments(draft.Rota, id, rotaVersion))));
        LogPublished(logger, Key.Team, Key.Week, version, publisher);
        return RotaMapping.ToContract(State.Published!, version);
    }

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
        (_planning, _startedAt, _best, _error) = (PlanningState.Planning, time.GetUtcNow(), new BestSoFar(), null);
        _clock.Restart();
        var options = new SearchOptions { Seed = seed, TimeLimit = TimeSpan.FromSeconds(seconds), Parallelism = Math.Max(1, Environment.ProcessorCount) };
        _running = RunAsync(input, options, _best);
        return Status();
    }

    /// <summary>The solve runs on the thread pool; the await brings the result back to the grain to store.</summary>
    private async Task RunAsync(PlanningInput input, SearchOptions options, BestSoFar best)
    {
        try
        {
            var plan = await Task.Run(() => RotaPlanner.PlanAsync(input, travel, options, best));
            await state.PersistAsync(s => s.Draft = new RotaRecord(
                input with { Published = null, KeepBefore = null },
                plan.Rota,
                (s.Draft?.Revision ?? 0) + 1,
                plan.Changes,
                [],
                time.GetUtcNow()));
            _planning = PlanningState.Done;
        }
        catch (Exception e)
        {
            (_planning, _error) = (PlanningState.Failed, e.Message);
            LogFailed(logger, e, Key.Team, Key.Week);
        }
        finally
        {
            _clock.Stop();
        }
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

    private PlanningStatus Status() => new(
        Key.Team,
        Key.Week,
        _planning,
        _startedAt,
        _clock.Elapsed.TotalSeconds,
        _best.Objective,
        State.Draft?.Revision,
        State.Published is null ? null : State.PublishedVersion,
        _error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Team {Team} published the rota of {Week} as version {Version} ({Publisher})")]
    private static partial void LogPublished(ILogger logger, string team, string week, int version, string publisher);

    [LoggerMessage(Level = LogLevel.Error, Message = "Planning the rota of {Week} for team {Team} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string team, string week);
}
