using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Visits;

namespace OutreachRouting.Grains.Visits;

/// <summary>
/// The managers' queue of venues the field says look closed or moved. A confirmation changes the venue through its
/// own grain (so the register's rules and version apply), and the next plan reads the venue as it then is.
/// </summary>
public sealed class VenueReportsGrain(
    [PersistentState(VenueReportsState.StateName, OutreachStorage.Name)] IPersistentState<VenueReportsState> state,
    TimeProvider time) : Grain, IVenueReportsGrain
{
    private string Team => this.GetPrimaryKeyString();

    public async Task FileAsync(VenueReport report)
    {
        if (state.State.Reports.All(r => r.Id != report.Id))
            await state.PersistAsync(s => s.Reports.Add(report));
    }

    public Task<IReadOnlyList<VenueReport>> ListAsync(bool pendingOnly) => Task.FromResult<IReadOnlyList<VenueReport>>(
        [.. state.State.Reports.Where(r => !pendingOnly || r.State == VenueReportState.Pending)
            .OrderBy(r => r.State != VenueReportState.Pending).ThenByDescending(r => r.ReportedAt)]);

    public async Task<VenueReport> DecideAsync(string reportId, VenueReportDecision decision, string manager)
    {
        var index = state.State.Reports.FindIndex(r => r.Id == reportId);
        if (index < 0)
            throw new NotFoundException($"There is no venue report {reportId} in team {Team}.");
        var report = state.State.Reports[index];
        if (report.State != VenueReportState.Pending)
            throw new ConflictException($"Report {reportId} was {report.State.ToString().ToLowerInvariant()} by {report.DecidedBy}; it cannot be decided again.");
        if (decision.MovedTo is not null && !(decision.Confirm && report.Looks == VenueLooks.Moved))
            throw new ValidationException([new FieldError("movedTo", "goes only with confirming a move")]);
        if (decision.Confirm && report.Looks == VenueLooks.Moved && decision.MovedTo is null && report.NewPosition is null)
            throw new ValidationException([new FieldError("movedTo", "must name the venue the people went to: the report gave no new position")]);

        if (decision.Confirm)
            await ApplyAsync(report, decision.MovedTo);
        var decided = report with
        {
            State = decision.Confirm ? VenueReportState.Confirmed : VenueReportState.Rejected,
            DecidedBy = manager,
            DecidedAt = time.GetUtcNow(),
            MovedTo = decision.MovedTo,
        };
        await state.PersistAsync(s => s.Reports[index] = decided);
        return decided;
    }

    private async Task ApplyAsync(VenueReport report, string? movedTo)
    {
        var venue = GrainFactory.GetGrain<IVenueGrain>(OutreachKeys.For(Team, report.VenueId));
        var current = await venue.GetAsync() ?? throw new NotFoundException($"Venue {report.VenueId} no longer exists in team {Team}.");
        if (report.Looks == VenueLooks.Closed)
        {
            await venue.CloseAsync(current.Version);
            return;
        }

        if (movedTo is not null)
        {
            if (!OutreachKeys.IsValidLocalId(movedTo) || movedTo == report.VenueId
                || await GrainFactory.GetGrain<IVenueGrain>(OutreachKeys.For(Team, movedTo)).GetAsync() is null)
                throw new ValidationException([new FieldError("movedTo", $"must be another venue of team {Team}")]);
            await venue.UpdateAsync(current.Definition with { Status = VenueStatus.Moved, MovedTo = movedTo }, current.Version);
            return;
        }

        if (current.Definition.Location?.Kind != ShapeKind.Point)
            throw new ValidationException([new FieldError("movedTo", "must name where the people went: only a venue at a point can be put at a new position")]);
        var at = report.NewPosition!;
        await venue.UpdateAsync(current.Definition with { Location = Shape.Point(at.Longitude, at.Latitude) }, current.Version);
    }
}
