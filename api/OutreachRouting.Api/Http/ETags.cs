using Microsoft.Net.Http.Headers;

namespace OutreachRouting.Api.Http;

/// <summary>Versions as entity tags: version 3 is the strong ETag "3".</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>The version If-Match names; null when absent.</summary>
    /// <exception cref="BadHttpRequestException">If-Match names no single version.</exception>
    public static int? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        if (EntityTagHeaderValue.TryParseList([header], out var tags) && tags.Count == 1
            && !tags[0].IsWeak && int.TryParse(tags[0].Tag.AsSpan().Trim('"'), out var version))
        {
            return version;
        }

        throw new BadHttpRequestException($"If-Match must name one version as an ETag such as \"3\", not {header}.", StatusCodes.Status400BadRequest);
    }

    public static bool IfNoneMatchAny(HttpRequest request) => request.Headers.IfNoneMatch.ToString().Trim() == "*";

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = For(version);
}
