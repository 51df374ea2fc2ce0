namespace OutreachRouting.Contracts.Workers;

public enum WorkerStatus
{
    Active,

    /// <summary>Left the team; kept for the history of who visited where.</summary>
    Left,
}
