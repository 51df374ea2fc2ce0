using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OutreachRouting.Json;

namespace OutreachRouting.Client.Http;

/// <summary>Sends one request and reads its answer in the one JSON form, turning any failure into <see cref="OutreachApiException"/>.</summary>
internal sealed class ApiChannel(HttpClient http)
{
    public async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(request, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(OutreachJson.Options, cancellationToken)
            ?? throw new InvalidOperationException($"The API answered {request.Method} {request.RequestUri} with an empty body.");
    }

    public async Task<string> SendForTextAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(request, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>The answer's headers, its body left to read as it comes (an event stream); the caller disposes it.</summary>
    public Task<HttpResponseMessage> SendForStreamAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendCheckedAsync(request, cancellationToken, HttpCompletionOption.ResponseHeadersRead);

    public static HttpContent Json<T>(T value) => JsonContent.Create(value, options: OutreachJson.Options);

    /// <summary>Names the version (or revision) the change was made on as a strong ETag ("3"); none, no precondition.</summary>
    public static HttpRequestMessage IfMatch(HttpRequestMessage request, int? version)
    {
        if (version is { } v)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v.ToString(CultureInfo.InvariantCulture)}\""));
        }

        return request;
    }

    private async Task<HttpResponseMessage> SendCheckedAsync(
        HttpRequestMessage request, CancellationToken cancellationToken, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        using (request)
        {
            var response = await http.SendAsync(request, completion, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                throw await OutreachApiException.FromResponseAsync(response, cancellationToken);
            }
        }
    }
}
