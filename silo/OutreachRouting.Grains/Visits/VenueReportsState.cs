using OutreachRouting.Contracts.Visits;

namespace OutreachRouting.Grains.Visits;

/// <summary>A team's venue reports, stored as JSON under <see cref="StateName"/>: decided ones stay as history.</summary>
public sealed class VenueReportsState
{
    public const string StateName = "outreach-venue-reports";

    public List<VenueReport> Reports { get; set; } = [];
}
