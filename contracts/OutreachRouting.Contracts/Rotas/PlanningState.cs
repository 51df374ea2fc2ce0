namespace OutreachRouting.Contracts.Rotas;

public enum PlanningState
{
    /// <summary>No plan has run since the grain started; a draft may still exist.</summary>
    Idle,
    Planning,

    /// <summary>The last plan finished and is the draft.</summary>
    Done,
    Failed,
}
