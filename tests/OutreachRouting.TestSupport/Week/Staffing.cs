using OutreachRouting.Rota;
using OutreachRouting.Rota.Travel;

namespace OutreachRouting.TestSupport.Week;

/// <summary>
/// Whether a team can staff a fixed session: enough workers free for the whole slot, the journey from their base
/// and back included (straight-line times, the engine's default without a routing server), not off that day and
/// women-only eligible where it must be, among whom the required skills and languages are all found.
/// </summary>
/// <param name="places">Where each base and session venue is.</param>
internal sealed class Staffing(IReadOnlyDictionary<string, GeoPoint> places, WeekClock week)
{
    public bool CanStaff(PlanningSession session, IReadOnlyList<PlanningWorker> workers)
    {
        var free = workers.Where(w => IsFree(w, session)).ToList();
        List<Func<PlanningWorker, bool>> needs =
        [
            .. session.RequiredSkills.Select(skill => (Func<PlanningWorker, bool>)(w => w.Skills.Contains(skill))),
            .. session.Languages.Select(language => (Func<PlanningWorker, bool>)(w => w.Languages.Contains(language))),
        ];
        return free.Count >= session.WorkersNeeded && Covered(needs, free, session.WorkersNeeded);
    }

    /// <summary>
    /// Whether at most <paramref name="budget"/> of the free workers meet every need: one of them must meet the first
    /// unmet need, so try each who does. The rest of the session's workers can be anyone free.
    /// </summary>
    private static bool Covered(List<Func<PlanningWorker, bool>> needs, List<PlanningWorker> free, int budget) =>
        needs.Count == 0
        || (budget > 0 && free.Where(needs[0]).Any(w => Covered([.. needs.Where(need => !need(w))], free, budget - 1)));

    private bool IsFree(PlanningWorker worker, PlanningSession session)
    {
        if ((session.WomenOnly && !worker.WomenOnlyEligible) || worker.DaysOff.Contains(week.Date(session.Slot.DayIndex)))
            return false;
        var travel = TravelMinutes(worker, session.VenueId);
        return worker.Availability.Any(a => a.StartMinute <= session.Slot.StartMinute - travel && a.EndMinute >= session.Slot.EndMinute + travel);
    }

    private double TravelMinutes(PlanningWorker worker, string venueId)
    {
        if (worker.BaseVenueId == venueId)
            return 0;
        var metres = places[worker.BaseVenueId].MetresTo(places[venueId]) * StraightLineTravelTimes.DetourFactor;
        var access = worker.TravelMode == TravelMode.PublicTransport ? StraightLineTravelTimes.TransitAccess.TotalMinutes : 0;
        return access + metres / (StraightLineTravelTimes.KilometresPerHour(worker.TravelMode) * 1000 / 60);
    }
}
