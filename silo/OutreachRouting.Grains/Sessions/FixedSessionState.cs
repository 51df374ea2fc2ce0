namespace OutreachRouting.Grains.Sessions;

/// <summary>A fixed session's persistent state, stored as JSON under the state name <see cref="StateName"/>.</summary>
public sealed class FixedSessionState : RegisterState<FixedSessionDefinition>
{
    public const string StateName = "outreach-session";
}
