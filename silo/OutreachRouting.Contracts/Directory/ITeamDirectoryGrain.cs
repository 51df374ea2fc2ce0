namespace OutreachRouting.Contracts.Directory;

/// <summary>
/// A team's venue and worker lists, keyed by team id. Answered from the directory read model, which the
/// database keeps in step with every venue and worker grain write; listing activates no venue or worker grain.
/// </summary>
public interface ITeamDirectoryGrain : IGrainWithStringKey
{
    Task<Page<VenueListItem>> ListVenuesAsync(VenueQuery query);

    Task<Page<WorkerListItem>> ListWorkersAsync(WorkerQuery query);
}
