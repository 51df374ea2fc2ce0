namespace OutreachRouting.Rota;

/// <summary>A fixed session that must be staffed this week, before any visit is planned.</summary>
/// <param name="RequiredSkills">Each held by at least one of its workers.</param>
/// <param name="Languages">Each spoken by at least one of its workers.</param>
/// <param name="WomenOnly">Every one of its workers may staff women-only work.</param>
public sealed record PlanningSession(
    string Id,
    string Name,
    string VenueId,
    WeeklySlot Slot,
    int WorkersNeeded,
    IReadOnlyList<WorkerSkill> RequiredSkills,
    IReadOnlyList<string> Languages,
    bool WomenOnly);
