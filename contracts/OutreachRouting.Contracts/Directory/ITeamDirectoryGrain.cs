namespace OutreachRouting.Contracts.Directory;

/// <summary>
/// A team's venue, worker and fixed-session lists, keyed by team id. Answered from the directory read model, which the
/// database keeps in step with every register grain's write; listing activates none of those grains.
/// </summary>
[Alias("outreach.ITeamDirectoryGrain")]
public interface ITeamDirectoryGrain : IGrainWithStringKey
{
    [Alias("ListVenuesAsync")]
    Task<Page<VenueListItem>> ListVenuesAsync(VenueQuery query);

    [Alias("ListWorkersAsync")]
    Task<Page<WorkerListItem>> ListWorkersAsync(WorkerQuery query);

    [Alias("ListSessionsAsync")]
    Task<Page<SessionListItem>> ListSessionsAsync(SessionQuery query);
}
