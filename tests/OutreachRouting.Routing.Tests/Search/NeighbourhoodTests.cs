using OutreachRouting.Routing.Search.Neighbourhoods;

namespace OutreachRouting.Routing.Tests.Search;

public class NeighbourhoodTests
{
    public static TheoryData<string> Moves => ["relocate", "or-opt 2", "or-opt 3", "swap", "exchange 2-1", "exchange 2-2", "2-opt*"];

    private static Neighbourhood Create(string name) => name switch
    {
        "relocate" => new RelocateSegment(1),
        "or-opt 2" => new RelocateSegment(2),
        "or-opt 3" => new RelocateSegment(3),
        "swap" => new ExchangeSegments(1, 1),
        "exchange 2-1" => new ExchangeSegments(2, 1),
        "exchange 2-2" => new ExchangeSegments(2, 2),
        "2-opt*" => new TwoOptStar(),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void The_delta_of_every_applied_move_equals_the_recomputed_penalised_cost(string name)
    {
        var move = Create(name);
        var applied = 0;
        for (var seed = 1; seed <= 4; seed++)
        {
            var data = new ProblemData(Problems.Random(30, 5, seed, windowWidth: 40, capacity: 40), 10);
            var state = States.Random(data, seed);
            var penalties = new Penalties(1.5, 2.5);
            foreach (var u in Enumerable.Range(0, data.JobCount))
            {
                foreach (var v in data.Neighbours[u])
                {
                    var before = state.Cost(penalties);
                    var delta = move.TryImprove(state, penalties, u, v);
                    if (delta >= 0)
                        continue;
                    applied++;
                    var rebuilt = States.From(data, state.ToSolution()).Cost(penalties);
                    Assert.Equal(before + delta, rebuilt, 6);
                    Assert.Equal(rebuilt, state.Cost(penalties), 6);
                }
            }
        }
        Assert.True(applied > 0, $"{name} never found an improving move");
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void With_a_mixed_fleet_and_breaks_the_delta_still_equals_the_recomputed_cost(string name)
    {
        var move = Create(name);
        var applied = 0;
        for (var seed = 1; seed <= 4; seed++)
        {
            var data = new ProblemData(Problems.Mixed(30, seed), 10);
            var state = States.Random(data, seed);
            var penalties = new Penalties(1.5, 2.5);
            foreach (var u in Enumerable.Range(0, data.JobCount))
            {
                foreach (var v in data.Neighbours[u])
                {
                    var before = state.Cost(penalties);
                    var delta = move.TryImprove(state, penalties, u, v);
                    if (delta >= 0)
                        continue;
                    applied++;
                    Assert.Equal(before + delta, States.From(data, state.ToSolution()).Cost(penalties), 6);
                }
            }
        }
        Assert.True(applied > 0, $"{name} never found an improving move");
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void At_high_penalties_moves_keep_a_feasible_plan_feasible_and_their_delta_matches_the_checker(string name)
    {
        var move = Create(name);
        var applied = 0;
        for (var seed = 1; seed <= 4; seed++)
        {
            var problem = Problems.Random(24, 24, seed, windowWidth: 120, capacity: 40);
            var data = new ProblemData(problem, 8);
            var state = States.RandomFeasible(data, seed);
            var penalties = new Penalties(1e5, 1e5);
            var objective = SolutionChecker.Check(problem, state.ToSolution()).Objective;
            foreach (var u in Enumerable.Range(0, data.JobCount))
            {
                foreach (var v in data.Neighbours[u])
                {
                    var delta = move.TryImprove(state, penalties, u, v);
                    if (delta >= 0)
                        continue;
                    applied++;
                    var report = SolutionChecker.Check(problem, state.ToSolution());
                    Assert.True(report.IsFeasible, $"{name}: {string.Join("; ", report.Violations)}");
                    Assert.Equal(objective + delta, report.Objective, 6);
                    objective = report.Objective;
                }
            }
        }
        Assert.True(applied > 0, $"{name} never found an improving move");
    }
}
