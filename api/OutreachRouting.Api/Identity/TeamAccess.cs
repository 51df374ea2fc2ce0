namespace OutreachRouting.Api.Identity;

public enum TeamAccess
{
    /// <summary>The team's managers and workers.</summary>
    Read,

    /// <summary>The team's managers (and admins).</summary>
    Manage,

    /// <summary>A worker of the team acting as themselves: a token of the team that names its worker id.</summary>
    Work,
}
