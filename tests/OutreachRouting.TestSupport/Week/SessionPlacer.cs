using OutreachRouting.Rota;

namespace OutreachRouting.TestSupport.Week;

/// <summary>
/// A team's fixed sessions, as the service runs them: the walk-in clinic three times a week at the first base (one
/// women-only, one with the Mandarin cultural mediator when someone in the team speaks Mandarin) and the Find and
/// Treat van. Each goes on its own weekday, in a slot its workers can staff; the hardest to staff are placed first.
/// </summary>
internal static class SessionPlacer
{
    private static readonly (int Start, int End)[] ClinicHours = [(930, 1230), (1000, 1300), (1300, 1600), (1300, 1700), (1400, 1700), (1700, 2000)];

    private static readonly (int Start, int End)[] VanHours = [(1000, 1400), (1100, 1400), (1100, 1500), (1200, 1500)];

    /// <param name="vanStopId">Near the clinic, so that its core staff can reach the van in time.</param>
    /// <exception cref="InvalidOperationException">No weekday slot left that the team can staff (the core staff make this impossible).</exception>
    public static IReadOnlyList<PlanningSession> Place(string clinicId, string vanStopId, IReadOnlyList<PlanningWorker> workers, Staffing staffing, Random random)
    {
        var days = new List<DayOfWeek>();
        var clinic = new SessionSlots(staffing, workers, days, clinicId, "walk-in", ClinicHours, [WorkerSkill.ClinicInABoxTesting], random);
        var sessions = new List<PlanningSession> { clinic.Place("Walk-in clinic (women only)", random.Chance(0.7) ? 2 : 1, [], womenOnly: true) };
        var mandarinNeeded = random.Chance(0.7) ? 2 : 1;
        // Without a Mandarin speaker free at clinic hours, the mediator's session is an ordinary one.
        sessions.Add(clinic.TryPlace("Walk-in clinic (with Mandarin cultural mediator)", mandarinNeeded, ["mandarin"], womenOnly: false)
            ?? clinic.Place("Walk-in clinic", mandarinNeeded, [], womenOnly: false));
        sessions.Add(clinic.Place("Walk-in clinic", random.Chance(0.7) ? 2 : 1, [], womenOnly: false));
        var van = new SessionSlots(staffing, workers, days, vanStopId, "find-and-treat-van", VanHours, [WorkerSkill.HealthPromotion], random);
        sessions.Add(van.Place("Find and Treat van", random.Chance(0.7) ? 1 : 2, [], womenOnly: false));
        return [.. sessions.OrderBy(s => s.Slot.StartMinute)];
    }
}
