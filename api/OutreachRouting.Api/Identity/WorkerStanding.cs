using Microsoft.Extensions.Caching.Memory;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Api.Identity;

/// <summary>
/// Whether a token's worker is still on the team's register: a worker who has left keeps no access, whatever the
/// token's lifetime says. Asked on every request that carries a worker id, so the answer is kept for a few seconds.
/// </summary>
public sealed class WorkerStanding(IGrainFactory grains, IMemoryCache cache)
{
    public static readonly TimeSpan Kept = TimeSpan.FromSeconds(5);

    /// <summary>True when every team of the token has the worker on its register, not as having left.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal user)
    {
        if (user.WorkerIdOf() is not { } workerId)
            return true;
        foreach (var team in user.Teams())
        {
            if (!await IsCurrentAsync(team, workerId))
                return false;
        }

        return true;
    }

    private async Task<bool> IsCurrentAsync(string team, string workerId)
    {
        if (!OutreachKeys.IsValidTeamId(team) || !OutreachKeys.IsValidLocalId(workerId))
            return false;
        return await cache.GetOrCreateAsync((typeof(WorkerStanding), team, workerId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Kept;
            var worker = await grains.GetGrain<IWorkerGrain>(OutreachKeys.For(team, workerId)).GetAsync();
            return worker is { Definition.Status: not WorkerStatus.Left };
        });
    }
}
