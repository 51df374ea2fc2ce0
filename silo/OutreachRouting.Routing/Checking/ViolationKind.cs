namespace OutreachRouting.Routing.Checking;

public enum ViolationKind
{
    /// <summary>A stop, vehicle or job index that does not exist.</summary>
    UnknownIndex,
    TimeWindow,
    Capacity,
    Shift,
    MaxDuration,
    Break,
    Skill,
    Pin,
    Spacing,
    FleetSize,
    DuplicateJob,
    MissingJob,
}
