namespace OutreachRouting.Rota.Planning;

/// <summary>What an engine job stands for: a due visit, or a session staffed by the shift (vehicle) it is pinned to.</summary>
internal sealed record PlannedJob(DueVisit? Visit, PlanningSession? Session, int Shift = -1, bool Pinned = false);
