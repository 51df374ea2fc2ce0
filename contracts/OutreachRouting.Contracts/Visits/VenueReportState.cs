namespace OutreachRouting.Contracts.Visits;

public enum VenueReportState
{
    Pending,
    Confirmed,
    Rejected,
}
