namespace OutreachRouting.Contracts.Venues;

/// <summary>Who may see a venue's exact position: restricted ones only managers and the workers assigned to them.</summary>
public enum Sensitivity
{
    Public,
    Restricted,
}
