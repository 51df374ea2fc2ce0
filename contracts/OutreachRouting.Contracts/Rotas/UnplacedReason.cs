namespace OutreachRouting.Contracts.Rotas;

public enum UnplacedReason
{
    WindowTooShort,
    NoShiftInWindow,
    NoOneWithNeeds,
    PinNotPossible,
    NoCapacity,
    Spacing,

    /// <summary>Taken out of the rota by a manager's edit.</summary>
    RemovedByManager,
}
