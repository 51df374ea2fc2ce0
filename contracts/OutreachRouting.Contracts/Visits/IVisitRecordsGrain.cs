using OutreachRouting.Contracts.Directory;

namespace OutreachRouting.Contracts.Visits;

/// <summary>A team's visit records, keyed by the team: append-only rows in PostgreSQL, any number of activations at once.</summary>
[Alias("outreach.IVisitRecordsGrain")]
public interface IVisitRecordsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores a worker's record of one of their own stops (or their pair's), from the stop's start until the end of
    /// the next day, and updates the venue's live figures. A retry under the same <paramref name="idempotencyKey"/>
    /// with the same report answers the stored record; with another report it is refused.
    /// </summary>
    /// <exception cref="Errors.ValidationException">The report breaks a rule, or names no stop of the worker's.</exception>
    /// <exception cref="Errors.ConflictException">The key was used for another report, or the stop is already recorded.</exception>
    [Alias("RecordAsync")]
    Task<RecordedVisit> RecordAsync(string workerId, VisitReport report, string idempotencyKey);

    /// <summary>A manager's correction: a new version of the record, the old one kept.</summary>
    /// <exception cref="Errors.VersionConflictException">The record has moved on from <paramref name="expectedVersion"/>.</exception>
    [Alias("CorrectAsync")]
    Task<VisitRecord> CorrectAsync(string recordId, int expectedVersion, VisitReport report, string manager);

    /// <summary>Every version of one record, oldest first.</summary>
    [Alias("GetHistoryAsync")]
    Task<IReadOnlyList<VisitRecord>> GetHistoryAsync(string recordId);

    [Alias("ListAsync")]
    Task<Page<VisitRecord>> ListAsync(VisitQuery query);
}
