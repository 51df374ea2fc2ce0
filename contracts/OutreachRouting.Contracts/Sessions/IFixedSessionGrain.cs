using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Contracts.Sessions;

/// <summary>One fixed session, keyed "team/session-id"; closing stops staffing it, past rotas keep it.</summary>
[Alias("outreach.IFixedSessionGrain")]
public interface IFixedSessionGrain : IRegisterGrain<FixedSessionDefinition, FixedSessionSnapshot>;
