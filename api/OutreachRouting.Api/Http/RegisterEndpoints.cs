using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Api.Http;

/// <summary>
/// Read, create or update, and close for one kind of register entry (venues, workers, fixed sessions):
///   GET  {id}        the entry, with its version as ETag
///   PUT  {id}        create (no precondition, or If-None-Match: *) or update (If-Match: "version", required)
///   POST {id}/close  close it, keeping its history
/// </summary>
public static class RegisterEndpoints
{
    /// <param name="present">What this user may see of an entry (restricted positions withheld, for instance).</param>
    /// <param name="canRead">Who may read one entry, beyond the group's own rule (a worker reads only their own record).</param>
    public static RouteGroupBuilder MapRegister<TGrain, TDefinition, TSnapshot>(
        this RouteGroupBuilder group,
        string noun,
        Func<TSnapshot, HttpContext, Task<TSnapshot>> present,
        Func<ClaimsPrincipal, string, string, bool>? canRead = null)
        where TGrain : IRegisterGrain<TDefinition, TSnapshot>
        where TSnapshot : class, IRegisterSnapshot
        where TDefinition : class
    {
        var register = new RegisterHandlers<TGrain, TDefinition, TSnapshot>(noun, present, canRead);
        group.MapGet("/{id}", register.GetAsync)
            .RequireTeam(TeamAccess.Read)
            .WithName($"Get{Pascal(noun)}")
            .WithSummary($"Get a {noun}")
            .WithDescription($"Read one {noun}; its version is the ETag.");

        group.MapPut("/{id}", register.PutAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName($"Put{Pascal(noun)}")
            .WithSummary($"Create or update a {noun}")
            .WithDescription($"Create a {noun} (no precondition, or If-None-Match: * to refuse an existing one), or update it from the version named by If-Match.")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPost("/{id}/close", register.CloseAsync)
            .RequireTeam(TeamAccess.Manage)
            .WithName($"Close{Pascal(noun)}")
            .WithSummary($"Close a {noun}")
            .WithDescription($"Close a {noun}; its history is kept. If-Match is honoured when sent.")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        return group;
    }

    private static string Pascal(string noun) =>
        string.Concat(noun.Split(' ').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
}
