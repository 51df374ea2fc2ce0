namespace OutreachRouting.Contracts.Venues;

public enum VenueStatus
{
    Active,
    Paused,

    /// <summary>No longer visited; its history is kept.</summary>
    Closed,

    /// <summary>The people moved on; <see cref="VenueDefinition.MovedTo"/> names where they went.</summary>
    Moved,
}
