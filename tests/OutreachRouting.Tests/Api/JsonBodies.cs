using System.Net.Http.Json;

namespace OutreachRouting.Tests.Api;

/// <summary>Request bodies as a client would write them, and the problem details that come back.</summary>
internal static class JsonBodies
{
    public static JsonObject Bar(string name = "The Lamb and Flag") =>
        System.Text.Json.JsonSerializer.SerializeToNode(Samples.Bar(name), OutreachJson.Options)!.AsObject();

    public static JsonObject With(this JsonObject body, string property, JsonNode? value)
    {
        var copy = body.DeepClone().AsObject();
        copy[property] = value;
        return copy;
    }

    public static HttpContent Json(JsonNode body) => new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The fields a 400 problem names.</summary>
    public static async Task<string[]> ProblemFieldsAsync(this HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        return [.. problem["errors"]!.AsObject().Select(e => e.Key)];
    }
}
