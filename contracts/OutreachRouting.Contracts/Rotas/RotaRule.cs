namespace OutreachRouting.Contracts.Rotas;

/// <summary>The hard rule a rota breaks, as the validator names it (see the rota library's rules for each one's meaning).</summary>
public enum RotaRule
{
    Reference,
    Availability,
    DoubleBooked,
    ContractedHours,
    ShiftLength,
    Break,
    Timing,
    VisitDuration,
    AccessWindow,
    Testing,
    Language,
    WomenOnly,
    Pair,
    Session,
    Pin,
    Accounting,
}
