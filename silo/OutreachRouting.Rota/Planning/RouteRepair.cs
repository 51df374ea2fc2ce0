using OutreachRouting.Routing.Checking;
using OutreachRouting.Routing.Model;
using OutreachRouting.Routing.Solutions;

namespace OutreachRouting.Rota.Planning;

/// <summary>
/// The rota only ever holds routes the independent checker passes. When the search ends on a plan that breaks a
/// rule (a budget too short to repair it, say), visits are taken out, the one named by the violation first and
/// otherwise the route's least valuable, until nothing is broken. Sessions are never taken out.
/// </summary>
internal static class RouteRepair
{
    public static (Solution Solution, CheckReport Check) Feasible(RoutingProblem problem, IReadOnlyList<PlannedJob> jobs, Solution solution, CheckReport check)
    {
        while (!check.IsFeasible)
        {
            var drop = check.Violations.Select(v => Droppable(problem, jobs, solution, v)).FirstOrDefault(j => j >= 0, -1);
            if (drop < 0)
                break;
            solution = new Solution(
                [.. solution.Routes.Select(r => r with { Stops = [.. r.Stops.Where(s => s.Kind != StopKind.Job || s.Index != drop)] })],
                [.. solution.Unassigned, drop]);
            check = SolutionChecker.Check(problem, solution);
        }
        return (solution, check);
    }

    private static int Droppable(RoutingProblem problem, IReadOnlyList<PlannedJob> jobs, Solution solution, Violation violation)
    {
        if (violation.Job is { } job && jobs[job].Visit is not null && solution.Routes.Any(r => r.Jobs.Contains(job)))
            return job;
        var route = solution.Routes.FirstOrDefault(r => r.Vehicle == violation.Vehicle);
        return route?.Jobs.Where(j => jobs[j].Visit is not null).OrderBy(j => problem.Jobs[j].Penalty).FirstOrDefault(-1) ?? -1;
    }
}
