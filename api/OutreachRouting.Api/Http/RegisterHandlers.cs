using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Api.Http;

/// <summary>The handlers <see cref="RegisterEndpoints.MapRegister"/> maps, for one kind of register entry.</summary>
internal sealed class RegisterHandlers<TGrain, TDefinition, TSnapshot>(
    string noun,
    Func<TSnapshot, HttpContext, Task<TSnapshot>> present,
    Func<ClaimsPrincipal, string, string, bool>? canRead)
    where TGrain : IRegisterGrain<TDefinition, TSnapshot>
    where TSnapshot : class, IRegisterSnapshot
    where TDefinition : class
{
    public async Task<Results<Ok<TSnapshot>, ProblemHttpResult>> GetAsync(string team, string id, ClaimsPrincipal user, IGrainFactory grains, HttpResponse response)
    {
        if (!OutreachKeys.IsValidLocalId(id) || (canRead is not null && !canRead(user, team, id))
            || await grains.GetGrain<TGrain>(OutreachKeys.For(team, id)).GetAsync() is not { } entry)
        {
            return ApiProblems.NotFound($"There is no {noun} '{id}' in team '{team}'.");
        }

        ETags.Set(response, entry.Version);
        return TypedResults.Ok(await present(entry, response.HttpContext));
    }

    /// <summary>Creates the entry (no precondition, or If-None-Match: *), or updates it from the version If-Match names.</summary>
    public async Task<Results<Created<TSnapshot>, Ok<TSnapshot>, ProblemHttpResult, ValidationProblem>> PutAsync(
        string team, string id, TDefinition definition, IGrainFactory grains, HttpRequest request, HttpResponse response)
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
    }

    public async Task<Results<Ok<TSnapshot>, ProblemHttpResult>> CloseAsync(string team, string id, IGrainFactory grains, HttpRequest request, HttpResponse response)
    {
        if (!OutreachKeys.IsValidLocalId(id))
        {
            return ApiProblems.NotFound($"There is no {noun} '{id}' in team '{team}'.");
        }

        var closed = await grains.GetGrain<TGrain>(OutreachKeys.For(team, id)).CloseAsync(ETags.IfMatch(request));
        ETags.Set(response, closed.Version);
        return TypedResults.Ok(await present(closed, response.HttpContext));
    }
}
