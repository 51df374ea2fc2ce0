namespace OutreachRouting.Contracts.Workers;

/// <summary>
/// Which worker a calendar link belongs to, keyed by the SHA-256 of the link's secret (hex): the feed's URL is looked
/// up without the secret being stored anywhere. Whether the link still works is the worker grain's to say.
/// </summary>
[Alias("outreach.ICalendarFeedGrain")]
public interface ICalendarFeedGrain : IGrainWithStringKey
{
    [Alias("BindAsync")]
    Task BindAsync(string team, string workerId);

    /// <summary>The worker's grain key ("team/id"), or null for a hash no link ever had.</summary>
    [Alias("GetOwnerAsync")]
    Task<string?> GetOwnerAsync();
}
