using Microsoft.AspNetCore.Diagnostics;

namespace OutreachRouting.Api.Problems;

/// <summary>
/// Turns what the grains and the request parser refuse into problem details: broken rules 400 naming each field,
/// unknown 404, existing 409, stale 412, an edit breaking hard rules of the rota 422 listing them. Anything else is a 500 without internals.
/// </summary>
public sealed class DomainExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        IResult? result = exception switch
        {
            ValidationException e => ApiProblems.Invalid(e.Errors),
            BadHttpRequestException { InnerException: JsonException json } when IsMalformed(json) => ApiProblems.Invalid("body", $"is not well-formed JSON: {JsonReason(json)}"),
            BadHttpRequestException { InnerException: JsonException json } => ApiProblems.Invalid(JsonField(json.Path), JsonReason(json)),
            BadHttpRequestException e => TypedResults.Problem(e.Message, statusCode: e.StatusCode, title: "Bad request"),
            NotFoundException e => ApiProblems.NotFound(e.Message),
            ConflictException e => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
            RotaRuleException e => RuleBroken(e),
            VersionConflictException e => ApiProblems.PreconditionFailed($"{e.Message} Read it again and retry with If-Match: \"{e.Current}\"."),
            _ => null,
        };

        if (result is null)
        {
            return false;
        }

        await result.ExecuteAsync(context);
        return true;
    }

    private static ProblemHttpResult RuleBroken(RotaRuleException e) =>
        TypedResults.Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The change breaks hard rules of the rota",
            extensions: new Dictionary<string, object?> { ["violations"] = e.Violations });

    /// <summary>"$.accessWindows[0].day" becomes "accessWindows[0].day", the form the grains use.</summary>
    public static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>The reader's own exception (a JsonException subtype, itself or wrapped) means the text is not JSON at all.</summary>
    public static bool IsMalformed(JsonException json) =>
        json.GetType() != typeof(JsonException) || (json.InnerException is JsonException inner && inner.GetType() != typeof(JsonException));

    public static string JsonReason(JsonException json) =>
        json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? "has a value of the wrong type, or a name that is not one of the allowed values"
            : json.Message.Split(" Path: ", 2)[0].Split(" LineNumber: ", 2)[0];
}
