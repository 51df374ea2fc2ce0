namespace OutreachRouting.Contracts.Sessions;

public enum SessionStatus
{
    Active,

    /// <summary>No longer staffed; kept for the history of past rotas.</summary>
    Closed,
}
