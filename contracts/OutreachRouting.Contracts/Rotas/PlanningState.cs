namespace OutreachRouting.Contracts.Rotas;

/// <remarks>New members go at the end: the members' numbers cross the wire between silos and clients of different builds.</remarks>
public enum PlanningState
{
    /// <summary>No plan has run since the grain started; a draft may still exist.</summary>
    Idle,
    Planning,

    /// <summary>The last plan finished and is the draft.</summary>
    Done,
    Failed,

    /// <summary>Waiting for the silo's planning cores, which other plans hold; it starts in its turn.</summary>
    Queued,

    /// <summary>The last plan was cancelled before it finished; the draft is as it was before it.</summary>
    Cancelled,
}
