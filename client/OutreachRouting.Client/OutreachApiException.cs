using System.Net;
using System.Text.Json;

namespace OutreachRouting.Client;

/// <summary>
/// A non-success answer of the API, from its RFC 9457 problem details: the status, title and detail, and for a
/// 400 the field errors. Message reads as one line, such as
/// "400 The request breaks one or more rules; nothing was stored: accessWindows[0].end: is before the start".
/// </summary>
public sealed class OutreachApiException(
    HttpStatusCode statusCode, string title, string? detail, IReadOnlyDictionary<string, IReadOnlyList<string>> errors, IReadOnlyList<string> violations)
    : Exception(Describe(statusCode, title, detail, errors, violations))
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public string Title { get; } = title;

    public string? Detail { get; } = detail;

    /// <summary>Field (such as "accessWindows[0].end" or "line 3.kind") to the reasons it was refused; empty unless 400.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; } = errors;

    /// <summary>For a rota edit refused with 422, every hard rule it breaks; empty otherwise.</summary>
    public IReadOnlyList<string> Violations { get; } = violations;

    public static async Task<OutreachApiException> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var title = response.ReasonPhrase ?? response.StatusCode.ToString();
        string? detail = null;
        var errors = new Dictionary<string, IReadOnlyList<string>>();
        IReadOnlyList<string> violations = [];
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var problem = JsonDocument.Parse(body);
            if (problem.RootElement.ValueKind == JsonValueKind.Object)
            {
                title = Text(problem.RootElement, "title") ?? title;
                detail = Text(problem.RootElement, "detail");
                if (problem.RootElement.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in fields.EnumerateObject())
                    {
                        errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                            ? [.. field.Value.EnumerateArray().Select(reason => reason.ToString())]
                            : [field.Value.ToString()];
                    }
                }

                if (problem.RootElement.TryGetProperty("violations", out var broken) && broken.ValueKind == JsonValueKind.Array)
                {
                    violations = [.. broken.EnumerateArray().Select(v => v.ToString())];
                }
            }
        }
        catch (JsonException)
        {
            // Not problem details (a proxy's page, say): the status line is all there is to tell.
            detail = string.IsNullOrWhiteSpace(body) ? null : body.Trim();
        }

        return new OutreachApiException(response.StatusCode, title, detail, errors, violations);
    }

    private static string? Text(JsonElement problem, string name) =>
        problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Describe(
        HttpStatusCode statusCode, string title, string? detail, IReadOnlyDictionary<string, IReadOnlyList<string>> errors, IReadOnlyList<string> violations)
    {
        var parts = new List<string> { $"{(int)statusCode} {title.TrimEnd('.')}" };
        if (!string.IsNullOrWhiteSpace(detail))
        {
            parts.Add(detail.ReplaceLineEndings(" "));
        }

        if (errors.Count > 0)
        {
            parts.Add(string.Join("; ", errors.Select(field => $"{field.Key}: {string.Join(", ", field.Value)}")));
        }

        if (violations.Count > 0)
        {
            parts.Add(string.Join("; ", violations));
        }

        return string.Join(": ", parts);
    }
}
