using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Workers;
using OutreachRouting.Rota.Editing;
using Engine = OutreachRouting.Rota;

// Every enum below is mapped by a switch with one arm per member and no catch-all, so that a member added on either
// side without its arm is a build error (CS8509), not a failure at run time; CS8524 would only ask for an arm for
// values no member names.
#pragma warning disable CS8524

namespace OutreachRouting.Grains.Rotas;

/// <summary>
/// The rota library's documents as the grain interface shows them, and back: the same shape, with London times
/// instead of the planner's local wall clock, and the contracts' enums, each mapped member by member.
/// </summary>
internal static class RotaMapping
{
    public static RotaDocument ToContract(RotaRecord record, int? version) => new(
        record.Rota.Team,
        record.Rota.Week,
        record.Revision,
        version,
        [.. record.Rota.Shifts.Select(Shift)],
        [.. record.Rota.Unplaced.Select(u => new UnplacedVisit(u.VenueId, u.Visit, Reason(u.Reason), u.Message))],
        Figures(record.Rota.Figures),
        [.. record.Changes.Select(c => new RotaChange(c.VenueId, c.Visit, c.FromShift, c.ToShift, c.Reason))],
        record.Overrides,
        record.UpdatedAt);

    public static VisitEdit ToEngine(RotaEdit edit) => new(Kind(edit.Kind), edit.VenueId, edit.Visit, edit.WorkerId, edit.Day);

    public static RotaViolation ToContract(Engine.Validation.RotaViolation violation) =>
        new(Rule(violation.Rule), violation.Message, violation.ShiftId, violation.WorkerId, violation.VenueId);

    /// <summary>A worker's shifts of a published version, as their worker grain keeps them.</summary>
    public static IReadOnlyList<ShiftAssignment> Assignments(Engine.WeeklyRota rota, string workerId, string rotaVersion) =>
        [.. rota.Shifts.Where(s => s.WorkerIds.Contains(workerId)).Select(s => new ShiftAssignment(
            rotaVersion,
            London.ToOffset(s.Start),
            London.ToOffset(s.End),
            s.WorkerIds.FirstOrDefault(id => id != workerId),
            [.. s.Stops.Select(t => Assigned(rota.Week, t))],
            s.Id,
            s.BaseVenueId,
            ToContract(s.TravelMode),
            s.ReturnTravelMinutes))];

    private static AssignedStop Assigned(string week, Engine.RotaStop stop) => new(
        stop.VenueId,
        London.ToOffset(stop.Arrival),
        London.ToOffset(stop.End),
        Kind(stop.Kind),
        stop.SessionId,
        stop.Visit,
        London.ToOffset(stop.Start),
        stop.TravelMinutes,
        stop switch
        {
            { VenueId: { } venue, Kind: Engine.RotaStopKind.Visit } => StopIds.ForVisit(week, venue, stop.Visit),
            { SessionId: { } session } => StopIds.ForSession(week, session),
            _ => null,
        });

    public static Engine.WorkerSkill ToEngine(WorkerSkill skill) => skill switch
    {
        WorkerSkill.HealthPromotion => Engine.WorkerSkill.HealthPromotion,
        WorkerSkill.ClinicInABoxTesting => Engine.WorkerSkill.ClinicInABoxTesting,
        WorkerSkill.PepPrep => Engine.WorkerSkill.PepPrep,
    };

    public static Engine.Travel.TravelMode ToEngine(TravelMode mode) => mode switch
    {
        TravelMode.Walking => Engine.Travel.TravelMode.Walking,
        TravelMode.Cycling => Engine.Travel.TravelMode.Cycling,
        TravelMode.PublicTransport => Engine.Travel.TravelMode.PublicTransport,
    };

    private static TravelMode ToContract(Engine.Travel.TravelMode mode) => mode switch
    {
        Engine.Travel.TravelMode.Walking => TravelMode.Walking,
        Engine.Travel.TravelMode.Cycling => TravelMode.Cycling,
        Engine.Travel.TravelMode.PublicTransport => TravelMode.PublicTransport,
    };

    private static VisitEditKind Kind(RotaEditKind kind) => kind switch
    {
        RotaEditKind.Pin => VisitEditKind.Pin,
        RotaEditKind.Move => VisitEditKind.Move,
        RotaEditKind.Add => VisitEditKind.Add,
        RotaEditKind.Remove => VisitEditKind.Remove,
    };

    private static RotaStopKind Kind(Engine.RotaStopKind kind) => kind switch
    {
        Engine.RotaStopKind.Visit => RotaStopKind.Visit,
        Engine.RotaStopKind.Session => RotaStopKind.Session,
        Engine.RotaStopKind.Break => RotaStopKind.Break,
    };

    private static UnplacedReason Reason(Engine.UnplacedReason reason) => reason switch
    {
        Engine.UnplacedReason.WindowTooShort => UnplacedReason.WindowTooShort,
        Engine.UnplacedReason.NoShiftInWindow => UnplacedReason.NoShiftInWindow,
        Engine.UnplacedReason.NoOneWithNeeds => UnplacedReason.NoOneWithNeeds,
        Engine.UnplacedReason.PinNotPossible => UnplacedReason.PinNotPossible,
        Engine.UnplacedReason.NoCapacity => UnplacedReason.NoCapacity,
        Engine.UnplacedReason.Spacing => UnplacedReason.Spacing,
        Engine.UnplacedReason.RemovedByManager => UnplacedReason.RemovedByManager,
    };

    private static RotaRule Rule(Engine.Validation.RotaRule rule) => rule switch
    {
        Engine.Validation.RotaRule.Reference => RotaRule.Reference,
        Engine.Validation.RotaRule.Availability => RotaRule.Availability,
        Engine.Validation.RotaRule.DoubleBooked => RotaRule.DoubleBooked,
        Engine.Validation.RotaRule.ContractedHours => RotaRule.ContractedHours,
        Engine.Validation.RotaRule.ShiftLength => RotaRule.ShiftLength,
        Engine.Validation.RotaRule.Break => RotaRule.Break,
        Engine.Validation.RotaRule.Timing => RotaRule.Timing,
        Engine.Validation.RotaRule.VisitDuration => RotaRule.VisitDuration,
        Engine.Validation.RotaRule.AccessWindow => RotaRule.AccessWindow,
        Engine.Validation.RotaRule.Testing => RotaRule.Testing,
        Engine.Validation.RotaRule.Language => RotaRule.Language,
        Engine.Validation.RotaRule.WomenOnly => RotaRule.WomenOnly,
        Engine.Validation.RotaRule.Pair => RotaRule.Pair,
        Engine.Validation.RotaRule.Session => RotaRule.Session,
        Engine.Validation.RotaRule.Pin => RotaRule.Pin,
        Engine.Validation.RotaRule.Accounting => RotaRule.Accounting,
    };

    private static RotaShift Shift(Engine.RotaShift shift) => new(
        shift.Id,
        shift.Day,
        shift.WorkerIds,
        shift.BaseVenueId,
        ToContract(shift.TravelMode),
        London.ToOffset(shift.Start),
        London.ToOffset(shift.End),
        [.. shift.Stops.Select(s => new RotaStop(
            Kind(s.Kind),
            s.VenueId,
            s.SessionId,
            s.Visit,
            London.ToOffset(s.Arrival),
            London.ToOffset(s.Start),
            London.ToOffset(s.End),
            s.TravelMinutes,
            s.Pinned))],
        shift.ReturnTravelMinutes);

    private static RotaFigures Figures(Engine.RotaFigures figures) => new(
        figures.DueVisits,
        figures.PlacedVisits,
        figures.PriorityWeightedCoverage,
        figures.TravelMinutes,
        figures.ShiftMinutes,
        figures.TravelShare,
        [.. figures.Workers.Select(w => new WorkerFigures(w.WorkerId, w.Hours, w.ContractedHours, w.Shifts, w.NightShifts))]);
}
