using OutreachRouting.Contracts.Errors;

namespace OutreachRouting.Contracts.Rotas;

/// <summary>
/// A team's rota for one ISO week, keyed "team/2026-W49": plans a draft in the background, takes a manager's edits
/// (each checked against every hard rule), publishes versions to the workers, and re-plans after a change.
/// </summary>
[Alias("outreach.IPlannerGrain")]
public interface IPlannerGrain : IGrainWithStringKey
{
    /// <summary>Starts planning a draft from the registers as they are now; answers at once. Refused while a plan runs.</summary>
    [Alias("StartPlanningAsync")]
    Task<PlanningStatus> StartPlanningAsync(PlanRequest request);

    /// <summary>
    /// Re-plans the published rota after a change (someone off sick, a venue closed, an urgent visit): shifts before
    /// <see cref="ReplanRequest.From"/> are kept, and the rest moves only where it must. Answers at once.
    /// </summary>
    [Alias("ReplanAsync")]
    Task<PlanningStatus> ReplanAsync(ReplanRequest request);

    /// <summary>
    /// Cancels the plan that is queued or running, and answers once it has stopped; the draft stays as it was.
    /// <see cref="ConflictException"/> when no plan is under way.
    /// </summary>
    [Alias("CancelPlanningAsync")]
    Task<PlanningStatus> CancelPlanningAsync();

    [Alias("GetStatusAsync")]
    Task<PlanningStatus> GetStatusAsync();

    /// <summary>The current draft; <see cref="NotFoundException"/> when there is none.</summary>
    [Alias("GetDraftAsync")]
    Task<RotaDocument> GetDraftAsync();

    /// <summary>The latest published version; <see cref="NotFoundException"/> when none is.</summary>
    [Alias("GetPublishedAsync")]
    Task<RotaDocument> GetPublishedAsync();

    /// <summary>
    /// Applies a manager's edit to the draft at <paramref name="revision"/>. An edit that breaks a hard rule is refused
    /// with the violations, unless <see cref="RotaEdit.Override"/> says to keep it anyway (recorded with the rota).
    /// </summary>
    [Alias("EditAsync")]
    Task<RotaDocument> EditAsync(int revision, RotaEdit edit, string editor);

    /// <summary>
    /// Publishes the draft at <paramref name="revision"/> as the next version and sends every affected worker their
    /// shifts; a worker whose grain cannot be reached now is retried until it has them.
    /// </summary>
    [Alias("PublishAsync")]
    Task<RotaDocument> PublishAsync(int revision, string publisher);

    /// <summary>The planner's input for the draft (or, before any, from the registers now), as its documented JSON form.</summary>
    [Alias("ExportInputAsync")]
    Task<string> ExportInputAsync();
}
