namespace OutreachRouting.Rota.Validation;

/// <summary>
/// What every check reads: the input's ids looked up once, the week's clock, and the list the violations go to.
/// A check that meets an id it cannot look up passes over it: the reference check names it, once.
/// </summary>
internal sealed class RotaContext
{
    private readonly Dictionary<string, PlanningVenue> venues;
    private readonly Dictionary<string, PlanningWorker> workers;
    private readonly Dictionary<string, PlanningSession> sessions;

    public RotaContext(PlanningInput input, WeeklyRota rota)
    {
        Input = input;
        Rota = rota;
        Clock = WeekClock.Parse(input.Week);
        venues = input.Venues.DistinctBy(v => v.Id).ToDictionary(v => v.Id);
        workers = input.Workers.DistinctBy(w => w.Id).ToDictionary(w => w.Id);
        sessions = input.Sessions.DistinctBy(s => s.Id).ToDictionary(s => s.Id);
        var kept = DueVisits.KeptShifts(input, Clock).Select(s => s.Id).ToHashSet();
        Checked = [.. rota.Shifts.Where(s => !kept.Contains(s.Id))];
    }

    public PlanningInput Input { get; }

    public WeeklyRota Rota { get; }

    public WeekClock Clock { get; }

    /// <summary>
    /// The shifts whose every rule is checked: in a re-plan, the published shifts kept before the re-plan's first
    /// day are history, judged when they were published; they still count towards hours, sessions, pins and accounting.
    /// </summary>
    public IReadOnlyList<RotaShift> Checked { get; }

    public PlanningSettings Settings => Input.Settings;

    public List<RotaViolation> Violations { get; } = [];

    public IEnumerable<PlanningVenue> Venues => venues.Values;

    public IEnumerable<PlanningWorker> Workers => workers.Values;

    public PlanningVenue? Venue(string? id) => id is not null && venues.TryGetValue(id, out var venue) ? venue : null;

    /// <summary>A venue a visit may go to: known, active, and not a base. The reference check names visits anywhere else.</summary>
    public PlanningVenue? Visitable(string? id) => Venue(id) is { Active: true, Role: not VenueRole.Base } venue ? venue : null;

    public PlanningWorker? Worker(string id) => workers.GetValueOrDefault(id);

    public PlanningSession? Session(string? id) => id is not null && sessions.TryGetValue(id, out var session) ? session : null;

    /// <summary>The shift's known workers, each once.</summary>
    public IReadOnlyList<PlanningWorker> WorkersOf(RotaShift shift) =>
        [.. shift.WorkerIds.Distinct().Select(Worker).OfType<PlanningWorker>()];

    /// <summary>Where a stop's work happens: its venue, or its session's; a break has no place.</summary>
    public PlanningVenue? PlaceOf(RotaStop stop) => stop.Kind switch
    {
        RotaStopKind.Break => null,
        RotaStopKind.Session => Venue(stop.VenueId) ?? Venue(Session(stop.SessionId)?.VenueId),
        _ => Venue(stop.VenueId),
    };

    public double Minute(DateTime local) => Clock.ToMinute(local);

    public double Minutes(DateTime start, DateTime end) => Minute(end) - Minute(start);

    public string WorkerName(string id) => Worker(id)?.Name ?? id;

    public string VenueName(string? id) => Venue(id)?.Name ?? id ?? "no venue";

    public void Add(RotaRule rule, string message, string? shiftId = null, string? workerId = null, string? venueId = null) =>
        Violations.Add(new RotaViolation(rule, message, shiftId, workerId, venueId));
}
