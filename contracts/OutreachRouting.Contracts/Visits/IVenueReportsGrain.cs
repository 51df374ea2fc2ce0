namespace OutreachRouting.Contracts.Visits;

/// <summary>A team's queue of venues reported from the field as looking closed or moved, keyed by the team.</summary>
[Alias("outreach.IVenueReportsGrain")]
public interface IVenueReportsGrain : IGrainWithStringKey
{
    /// <summary>Files a report; the same record's report again changes nothing (deliveries may repeat).</summary>
    [Alias("FileAsync")]
    Task FileAsync(VenueReport report);

    /// <summary>Pending reports first, then decided ones, newest first within each.</summary>
    [Alias("ListAsync")]
    Task<IReadOnlyList<VenueReport>> ListAsync(bool pendingOnly);

    /// <exception cref="Errors.NotFoundException">No such report.</exception>
    /// <exception cref="Errors.ConflictException">The report has been decided already.</exception>
    [Alias("DecideAsync")]
    Task<VenueReport> DecideAsync(string reportId, VenueReportDecision decision, string manager);
}
