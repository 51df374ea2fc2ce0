using OutreachRouting.Routing.Construction;
using OutreachRouting.Routing.Search.Ruin;

namespace OutreachRouting.Routing.Search;

/// <summary>
/// One single-threaded search: construction and local search, then iterated ruin-and-recreate, each
/// candidate educated by local search under adaptive infeasibility penalties (repaired at rising prices
/// when it ends infeasible) and accepted by simulated annealing.
/// </summary>
internal sealed class SearchRun
{
    private const double RepairFactor = 10;
    private const double MaxRepairFactor = 1000;
    private const double Blink = 0.01;

    private readonly ProblemData _data;
    private readonly Random _random;
    private readonly Clock _clock = new();
    private readonly Insertion _insertion;
    private readonly LocalSearch _localSearch;
    private readonly StringRemoval _ruin;
    private readonly Penalties _penalties;

    public SearchRun(ProblemData data, SearchOptions options, int seed)
    {
        _data = data;
        _random = new Random(seed);
        _insertion = new Insertion(data);
        _localSearch = new LocalSearch(data, _clock, _insertion);
        _ruin = new StringRemoval(data, options.AverageRemoved, options.MaxStringLength);
        _penalties = InitialPenalties(data);
    }

    public (SearchState Best, long Iterations) Execute(Budget budget, Action<double, long>? improved)
    {
        var current = new SearchState(_data, _clock);
        var candidate = new SearchState(_data, _clock);
        var best = new SearchState(_data, _clock);
        var bestScore = double.PositiveInfinity;
        var bestFeasible = false;

        // The best plan is whichever feasible one scores lowest; while none is feasible, the lowest score.
        void Consider(SearchState state, double score)
        {
            var feasible = state.IsFeasible;
            if (feasible ? bestFeasible && score >= bestScore - 1e-9 : bestFeasible || score >= bestScore)
                return;
            best.CopyFrom(state);
            (bestScore, bestFeasible) = (score, feasible);
            if (feasible)
                improved?.Invoke(score, budget.Iterations);
        }

        // The first descent stays on feasible ground, so that a budget too short to finish it (a thousand
        // jobs on a busy machine) still leaves a feasible plan better than the construction.
        InitialSolution.Build(current, _penalties, _insertion, _random, budget);
        Consider(current, Score(current));
        _localSearch.Run(current, _penalties.Scaled(MaxRepairFactor), _random, budget);
        Consider(current, Score(current));
        Educate(current, budget);
        var currentScore = Score(current);
        Consider(current, currentScore);
        var (startTemperature, endTemperature) = Temperatures(current);

        while (!budget.Exhausted)
        {
            budget.CountIteration();
            candidate.CopyFrom(current);
            var removed = _ruin.Apply(candidate, _random);
            _insertion.InsertAll(candidate, _penalties, RecreateOrder(removed), _random, Blink);
            Educate(candidate, budget);
            if (!candidate.IsFeasible && current.IsFeasible)
                continue;
            var score = Score(candidate);
            Consider(candidate, score);
            var temperature = startTemperature * Math.Pow(endTemperature / startTemperature, budget.Progress);
            if (score < currentScore - temperature * Math.Log(1 - _random.NextDouble()))
            {
                (current, candidate) = (candidate, current);
                currentScore = score;
            }
        }
        return (best, budget.Iterations);
    }

    /// <summary>
    /// Local search at the current prices, then at ten, a hundred and a thousand times them while the result is
    /// infeasible. The repair re-examines only moves that touch an infeasible route; the rest was a local optimum already.
    /// </summary>
    private void Educate(SearchState state, Budget budget)
    {
        _localSearch.Run(state, _penalties, _random, budget);
        _penalties.Record(state.Routes.All(r => r.TimeWarp <= 1e-9), state.Routes.All(r => r.Excess == 0), budget.Progress);
        for (var factor = RepairFactor; !state.IsFeasible && factor <= MaxRepairFactor; factor *= RepairFactor)
        {
            foreach (var route in state.Routes.Where(r => !r.IsFeasible))
                route.Stamp = _clock.Tick();
            _localSearch.Run(state, _penalties.Scaled(factor), _random, budget, higherPrices: true);
        }
    }

    /// <summary>The objective for feasible plans; infeasible ones are ranked at the highest repair prices.</summary>
    private double Score(SearchState state) => state.Cost(_penalties.Scaled(MaxRepairFactor));

    /// <summary>
    /// Recreate order (SISR): shuffled, then by one of several criteria chosen at random, always highest
    /// priority first.
    /// </summary>
    private List<int> RecreateOrder(List<int> removed)
    {
        _random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(removed));
        var jobs = _data.Problem.Jobs;
        var depot = _data.Problem.Vehicles.Count > 0 ? _data.Problem.Vehicles[0].StartLocation : 0;
        var travel = _data.Travel[0];
        IEnumerable<int> ordered = _random.Next(11) switch
        {
            < 4 => removed,
            < 8 => removed.OrderByDescending(j => jobs[j].Demand),
            < 10 => removed.OrderByDescending(j => travel.Distance(depot, _data.Location[j])),
            _ => removed.OrderBy(j => travel.Distance(depot, _data.Location[j])),
        };
        return [.. ordered.OrderByDescending(j => jobs[j].Priority)];
    }

    private static Penalties InitialPenalties(ProblemData data)
    {
        var maxDemand = Math.Max(1, data.Problem.Jobs.Select(j => j.Demand).DefaultIfEmpty(1).Max());
        var maxDistance = data.Travel.Max(t => t.Distances.Length == 0 ? 0 : t.Distances.Max());
        return new Penalties(timeWarp: 1, capacity: Math.Max(1, maxDistance / maxDemand));
    }

    /// <summary>Annealing from an average arc of the first plan down to a thirtieth of one.</summary>
    private static (double Start, double End) Temperatures(SearchState first)
    {
        var arcs = first.Routes.Sum(r => r.IsEmpty ? 0 : r.Count + 1);
        var average = Math.Max(first.Routes.Sum(r => r.Distance), 1) / Math.Max(arcs, 1);
        return (average, average / 30);
    }
}
