using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Workers;
using OutreachRouting.Engine.Rota.Editing;
using EngineRota = OutreachRouting.Engine.Rota;

namespace OutreachRouting.Grains.Rotas;

/// <summary>The engine's rota as the grain interface shows it: the same shape, with London times and the contracts' enums.</summary>
internal static class RotaMapping
{
    public static Rota ToContract(RotaRecord record, int? version) => new(
        record.Rota.Team,
        record.Rota.Week,
        record.Revision,
        version,
        [.. record.Rota.Shifts.Select(Shift)],
        [.. record.Rota.Unplaced.Select(u => new UnplacedVisit(u.VenueId, u.Visit, Enum.Parse<UnplacedReason>(u.Reason.ToString()), u.Message))],
        Figures(record.Rota.Figures),
        [.. record.Changes.Select(c => new RotaChange(c.VenueId, c.Visit, c.FromShift, c.ToShift, c.Reason))],
        record.Overrides,
        record.UpdatedAt);

    public static VisitEdit ToEngine(RotaEdit edit) =>
        new(Enum.Parse<VisitEditKind>(edit.Kind.ToString()), edit.VenueId, edit.Visit, edit.WorkerId, edit.Day);

    /// <summary>A worker's shifts of a published version, as their worker grain keeps them.</summary>
    public static IReadOnlyList<ShiftAssignment> Assignments(EngineRota.WeeklyRota rota, string workerId, string rotaVersion) =>
        [.. rota.Shifts.Where(s => s.WorkerIds.Contains(workerId)).Select(s => new ShiftAssignment(
            rotaVersion,
            London.ToOffset(s.Start),
            London.ToOffset(s.End),
            s.WorkerIds.FirstOrDefault(id => id != workerId),
            [.. s.Stops.Where(t => t.VenueId is not null).Select(t => new AssignedStop(t.VenueId!, London.ToOffset(t.Arrival), London.ToOffset(t.End)))]))];

    private static RotaShift Shift(EngineRota.RotaShift shift) => new(
        shift.Id,
        shift.Day,
        shift.WorkerIds,
        shift.BaseVenueId,
        Enum.Parse<TravelMode>(shift.TravelMode.ToString()),
        London.ToOffset(shift.Start),
        London.ToOffset(shift.End),
        [.. shift.Stops.Select(s => new RotaStop(
            Enum.Parse<RotaStopKind>(s.Kind.ToString()),
            s.VenueId,
            s.SessionId,
            s.Visit,
            London.ToOffset(s.Arrival),
            London.ToOffset(s.Start),
            London.ToOffset(s.End),
            s.TravelMinutes,
            s.Pinned))],
        shift.ReturnTravelMinutes);

    private static RotaFigures Figures(EngineRota.RotaFigures figures) => new(
        figures.DueVisits,
        figures.PlacedVisits,
        figures.PriorityWeightedCoverage,
        figures.TravelMinutes,
        figures.ShiftMinutes,
        figures.TravelShare,
        [.. figures.Workers.Select(w => new WorkerFigures(w.WorkerId, w.Hours, w.ContractedHours, w.Shifts, w.NightShifts))]);
}
