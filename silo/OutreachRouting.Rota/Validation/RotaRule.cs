namespace OutreachRouting.Rota.Validation;

/// <summary>The hard rules a rota must keep, whoever wrote it: one member a rule, so a report can be sorted by what went wrong.</summary>
public enum RotaRule
{
    /// <summary>The rota names a worker, venue, session or base the input does not have, or not as that kind, or is for another team or week.</summary>
    Reference,

    /// <summary>A worker is on shift outside their weekly availability, or on a day off.</summary>
    Availability,

    /// <summary>A worker is on two shifts at once.</summary>
    DoubleBooked,

    /// <summary>A worker's shifts add up to more than their contracted hours.</summary>
    ContractedHours,

    /// <summary>A shift is longer than the longest allowed, or ends before it starts.</summary>
    ShiftLength,

    /// <summary>A stretch of work runs too long without a break, or a break is too short to count.</summary>
    Break,

    /// <summary>Stops out of order, or closer together than travel between them allows, or travel minutes misstated.</summary>
    Timing,

    /// <summary>A visit is shorter than the venue needs.</summary>
    VisitDuration,

    /// <summary>A visit falls outside the venue's access windows.</summary>
    AccessWindow,

    /// <summary>A testing visit with no one trained in clinic-in-a-box testing.</summary>
    Testing,

    /// <summary>A visit needs a language no one on the shift speaks.</summary>
    Language,

    /// <summary>A women-only venue visited by someone who may not staff women-only work.</summary>
    WomenOnly,

    /// <summary>A pair-required visit, or a street route at night, made by one worker.</summary>
    Pair,

    /// <summary>A fixed session not staffed as it needs, or a session stop at the wrong time or place.</summary>
    Session,

    /// <summary>A manager's pin the rota does not keep.</summary>
    Pin,

    /// <summary>A due visit neither placed nor listed as unplaced, or one counted twice, or a visit that is not due.</summary>
    Accounting,
}
