using System.Net.Http.Headers;
using OutreachRouting.Contracts.Directory;

namespace OutreachRouting.Client.Http;

/// <summary>
/// The HTTP shape the three registers (venues, workers, sessions) share: list, read, create, update from a
/// version, close. Versions travel as strong ETags ("3").
/// </summary>
internal sealed class RegisterResource<TListItem, TDefinition, TSnapshot>(ApiChannel channel, string register)
{
    public Task<Page<TListItem>> ListAsync(string team, QueryString query, CancellationToken cancellationToken) =>
        channel.SendAsync<Page<TListItem>>(new HttpRequestMessage(HttpMethod.Get, Collection(team) + query), cancellationToken);

    public Task<TSnapshot> GetAsync(string team, string id, CancellationToken cancellationToken) =>
        channel.SendAsync<TSnapshot>(new HttpRequestMessage(HttpMethod.Get, Entry(team, id)), cancellationToken);

    public Task<TSnapshot> CreateAsync(string team, string id, TDefinition definition, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Entry(team, id)) { Content = ApiChannel.Json(definition) };
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        return channel.SendAsync<TSnapshot>(request, cancellationToken);
    }

    public Task<TSnapshot> UpdateAsync(string team, string id, TDefinition definition, int expectedVersion, CancellationToken cancellationToken) =>
        channel.SendAsync<TSnapshot>(ApiChannel.IfMatch(new HttpRequestMessage(HttpMethod.Put, Entry(team, id)) { Content = ApiChannel.Json(definition) }, expectedVersion), cancellationToken);

    public Task<TSnapshot> CloseAsync(string team, string id, int? expectedVersion, CancellationToken cancellationToken) =>
        channel.SendAsync<TSnapshot>(ApiChannel.IfMatch(new HttpRequestMessage(HttpMethod.Post, Entry(team, id) + "/close"), expectedVersion), cancellationToken);

    public string Collection(string team) => $"teams/{Uri.EscapeDataString(team)}/{register}";

    private string Entry(string team, string id) => $"{Collection(team)}/{Uri.EscapeDataString(id)}";
}
