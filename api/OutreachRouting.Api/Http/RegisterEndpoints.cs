using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutreachRouting.Api.Identity;
using OutreachRouting.Api.Problems;
using OutreachRouting.Contracts;
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
        group.MapGet("/{id}", async Task<Results<Ok<TSnapshot>, ProblemHttpResult>> (string team, string id, ClaimsPrincipal user, IGrainFactory grains, HttpResponse response) =>
            {
                if (!OutreachKeys.IsValidLocalId(id) || (canRead is not null && !canRead(user, team, id))
                    || await grains.GetGrain<TGrain>(OutreachKeys.For(team, id)).GetAsync() is not { } entry)
                {
                    return ApiProblems.NotFound($"There is no {noun} '{id}' in team '{team}'.");
                }

                ETags.Set(response, entry.Version);
                return TypedResults.Ok(await present(entry, response.HttpContext));
            })
            .RequireTeam(TeamAccess.Read)
            .WithName($"Get{Pascal(noun)}")
            .WithSummary($"Get a {noun}")
            .WithDescription($"Read one {noun}; its version is the ETag.");

        group.MapPut("/{id}", async Task<Results<Created<TSnapshot>, Ok<TSnapshot>, ProblemHttpResult, ValidationProblem>> (
                string team, string id, TDefinition definition, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request, HttpResponse response) =>
            {
                if (!OutreachKeys.IsValidLocalId(id))
                {
                    return ApiProblems.Invalid("id", "must be 1 to 64 lower-case letters, digits, hyphens or underscores");
                }

                var grain = grains.GetGrain<TGrain>(OutreachKeys.For(team, id));
                var expected = ETags.IfMatch(request);
                if (expected is not null)
                {
                    var updated = await grain.UpdateAsync(definition, expected);
                    ETags.Set(response, updated.Version);
                    return TypedResults.Ok(await present(updated, response.HttpContext));
                }

                if (await grain.GetAsync() is not null)
                {
                    return ETags.IfNoneMatchAny(request)
                        ? ApiProblems.PreconditionFailed($"The {noun} '{id}' exists already.")
                        : ApiProblems.PreconditionRequired($"The {noun} '{id}' exists: to change it, send If-Match with the ETag you read, so that no one else's change is lost.");
                }

                var created = await grain.CreateAsync(definition);
                ETags.Set(response, created.Version);
                return TypedResults.Created($"{request.PathBase}{request.Path}", await present(created, response.HttpContext));
            })
            .RequireTeam(TeamAccess.Manage)
            .WithName($"Put{Pascal(noun)}")
            .WithSummary($"Create or update a {noun}")
            .WithDescription($"Create a {noun} (no precondition, or If-None-Match: * to refuse an existing one), or update it from the version named by If-Match.")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPost("/{id}/close", async Task<Results<Ok<TSnapshot>, ProblemHttpResult>> (string team, string id, ClaimsPrincipal user, IGrainFactory grains, HttpRequest request, HttpResponse response) =>
            {
                if (!OutreachKeys.IsValidLocalId(id))
                {
                    return ApiProblems.NotFound($"There is no {noun} '{id}' in team '{team}'.");
                }

                var closed = await grains.GetGrain<TGrain>(OutreachKeys.For(team, id)).CloseAsync(ETags.IfMatch(request));
                ETags.Set(response, closed.Version);
                return TypedResults.Ok(await present(closed, response.HttpContext));
            })
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
