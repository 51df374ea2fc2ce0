using Microsoft.Extensions.Caching.Memory;
using OutreachRouting.Contracts.Registers;

namespace OutreachRouting.Api.Me;

/// <summary>
/// Register entries (venues, sessions, workers) read for a worker's day and calendar, kept a few seconds: a phone reads
/// its day often, and what it shows of them changes seldom. Who may see what is decided after, on every read.
/// </summary>
public static class RegisterCache
{
    public static readonly TimeSpan Kept = TimeSpan.FromSeconds(5);

    /// <summary>The entries of the ids that exist, by id; ids that are no local id are skipped.</summary>
    public static async Task<Dictionary<string, TSnapshot>> LookUpAsync<TGrain, TDefinition, TSnapshot>(
        IGrainFactory grains, IMemoryCache cache, string team, IEnumerable<string?> ids)
        where TGrain : IRegisterGrain<TDefinition, TSnapshot>
        where TSnapshot : class, IRegisterSnapshot
    {
        var distinct = ids.OfType<string>().Where(OutreachKeys.IsValidLocalId).Distinct(StringComparer.Ordinal).ToList();
        var found = await Task.WhenAll(distinct.Select(id => cache.GetOrCreateAsync((typeof(TGrain), team, id), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Kept;
            return grains.GetGrain<TGrain>(OutreachKeys.For(team, id)).GetAsync();
        })));
        return distinct.Zip(found).Where(p => p.Second is not null).ToDictionary(p => p.First, p => p.Second!, StringComparer.Ordinal);
    }
}
