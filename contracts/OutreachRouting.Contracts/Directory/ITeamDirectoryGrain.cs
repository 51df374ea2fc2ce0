namespace OutreachRouting.Contracts.Directory;

/// <summary>
/// A team's venue, worker and fixed-session lists, keyed by team id. Answered from the directory read model, which the
/// database keeps in step with every register grain's write; listing activates none of those grains.
/// </summary>
public interface ITeamDirectoryGrain : IGrainWithStringKey
{
    Task<Page<VenueListItem>> ListVenuesAsync(VenueQuery query);

    Task<Page<WorkerListItem>> ListWorkersAsync(WorkerQuery query);

    Task<Page<SessionListItem>> ListSessionsAsync(SessionQuery query);
}
