using OutreachRouting.Routing.Search;
using OutreachRouting.Routing.Solutions;

namespace OutreachRouting.Routing.Construction;

/// <summary>
/// The first plan: the warm start's routes when there is one (jobs it cannot place stay out until inserted),
/// then cheapest insertion of the rest, highest priority and tightest deadline first (near each job only, once the
/// budget is spent).
/// </summary>
internal static class InitialSolution
{
    public static void Build(SearchState state, Penalties penalties, Insertion insertion, Random random, Budget budget)
    {
        var data = state.Data;
        if (data.Problem.WarmStart is { } warm)
            LoadPrevious(state, warm.Previous);
        var order = state.Unassigned()
            .OrderByDescending(j => data.Problem.Jobs[j].Priority)
            .ThenBy(j => data.Windows[j][^1].End)
            .ToList();
        insertion.InsertAll(state, penalties, order, random, 0, budget);
    }

    private static void LoadPrevious(SearchState state, Solution previous)
    {
        var data = state.Data;
        foreach (var route in previous.Routes)
        {
            if (route.Vehicle < 0 || route.Vehicle >= data.VehicleCount)
                continue;
            var target = state.Routes[route.Vehicle];
            var placed = 0;
            foreach (var job in route.Jobs)
            {
                // The previous plan may predate new pins, skills or jobs; what no longer fits is re-inserted.
                // Jobs go before the vehicle's breaks, which local search then places.
                if (job >= 0 && job < data.JobCount && !state.IsAssigned(job) && state.CanTake(target, job))
                    state.Assign(job, target, placed++);
            }
            state.Refresh(target);
        }
    }
}
