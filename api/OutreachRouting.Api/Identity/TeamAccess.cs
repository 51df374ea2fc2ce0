namespace OutreachRouting.Api.Identity;

public enum TeamAccess
{
    /// <summary>The team's managers and workers.</summary>
    Read,

    /// <summary>The team's managers (and admins).</summary>
    Manage,
}
