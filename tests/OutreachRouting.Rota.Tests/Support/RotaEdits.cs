namespace OutreachRouting.Rota.Tests.Support;

/// <summary>One small change to a sound input or rota, so that a test breaks exactly the rule it is about.</summary>
internal static class RotaEdits
{
    public static WeeklyRota WithShift(this WeeklyRota rota, string id, Func<RotaShift, RotaShift> change) =>
        rota with { Shifts = [.. rota.Shifts.Select(s => s.Id == id ? change(s) : s)] };

    public static RotaShift WithStop(this RotaShift shift, int index, Func<RotaStop, RotaStop> change) =>
        shift with { Stops = [.. shift.Stops.Select((s, i) => i == index ? change(s) : s)] };

    public static PlanningInput WithWorker(this PlanningInput input, string id, Func<PlanningWorker, PlanningWorker> change) =>
        input with { Workers = [.. input.Workers.Select(w => w.Id == id ? change(w) : w)] };

    public static PlanningInput WithVenue(this PlanningInput input, string id, Func<PlanningVenue, PlanningVenue> change) =>
        input with { Venues = [.. input.Venues.Select(v => v.Id == id ? change(v) : v)] };
}
