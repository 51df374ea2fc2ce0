using OutreachRouting.Routing.Model;
using OutreachRouting.Routing.Solutions;

namespace OutreachRouting.Routing.Checking;

/// <summary>
/// Recomputes a solution from the raw model in double precision, sharing no code with the search,
/// so that a bug in the search's fast bookkeeping cannot hide itself.
/// </summary>
public static class SolutionChecker
{
    /// <summary>Slack for rounding in sums of travel times.</summary>
    public const double Tolerance = 1e-6;

    public static CheckReport Check(RoutingProblem problem, Solution solution)
    {
        var violations = new List<Violation>();
        var reports = new List<RouteReport>();
        var servedBy = new int[problem.Jobs.Count];
        Array.Fill(servedBy, -1);
        var vehicleSeen = new bool[problem.Vehicles.Count];
        double objective = 0, distance = 0;
        var used = 0;

        foreach (var route in solution.Routes)
        {
            if (route.Vehicle < 0 || route.Vehicle >= problem.Vehicles.Count)
            {
                violations.Add(new(ViolationKind.UnknownIndex, $"route refers to vehicle {route.Vehicle}, which does not exist", route.Vehicle));
                continue;
            }
            if (vehicleSeen[route.Vehicle])
            {
                violations.Add(new(ViolationKind.FleetSize, $"vehicle {route.Vehicle} drives more than one route", route.Vehicle));
                continue;
            }
            vehicleSeen[route.Vehicle] = true;
            if (!CheckStops(problem, route, servedBy, violations))
                continue;
            var report = CheckRoute(problem, route, violations);
            reports.Add(report);
            distance += report.Distance;
            objective += report.Distance;
            if (route.Jobs.Any())
            {
                used++;
                objective += problem.Vehicles[route.Vehicle].FixedCost;
            }
        }
        if (used > problem.Vehicles.Count)
            violations.Add(new(ViolationKind.FleetSize, $"{used} vehicles used, {problem.Vehicles.Count} available"));

        objective += JobCosts(problem, solution, servedBy, violations);
        CheckGroups(problem, servedBy, violations);
        return new CheckReport(violations, objective, distance, used, reports);
    }

    /// <summary>Indices, duplicates, skills, pins and break presence; false when the route cannot be timed.</summary>
    private static bool CheckStops(RoutingProblem problem, Route route, int[] servedBy, List<Violation> violations)
    {
        var vehicle = problem.Vehicles[route.Vehicle];
        var breakSeen = new bool[vehicle.Breaks.Count];
        var sound = true;
        foreach (var stop in route.Stops)
        {
            if (stop.Kind == StopKind.Break)
            {
                if (stop.Index < 0 || stop.Index >= vehicle.Breaks.Count || breakSeen[stop.Index])
                {
                    violations.Add(new(ViolationKind.Break, $"vehicle {route.Vehicle} has an unknown or repeated break {stop.Index}", route.Vehicle));
                    sound = false;
                    continue;
                }
                breakSeen[stop.Index] = true;
                continue;
            }
            if (stop.Index < 0 || stop.Index >= problem.Jobs.Count)
            {
                violations.Add(new(ViolationKind.UnknownIndex, $"vehicle {route.Vehicle} visits job {stop.Index}, which does not exist", route.Vehicle));
                sound = false;
                continue;
            }
            var job = problem.Jobs[stop.Index];
            if (servedBy[stop.Index] >= 0)
                violations.Add(new(ViolationKind.DuplicateJob, $"job {stop.Index} is served more than once", route.Vehicle, stop.Index));
            servedBy[stop.Index] = route.Vehicle;
            if ((job.RequiredSkills & ~vehicle.Skills) != 0)
                violations.Add(new(ViolationKind.Skill, $"vehicle {route.Vehicle} lacks skills {job.RequiredSkills & ~vehicle.Skills:X} for job {stop.Index}", route.Vehicle, stop.Index));
            if (job.PinnedVehicle is { } pin && pin != route.Vehicle)
                violations.Add(new(ViolationKind.Pin, $"job {stop.Index} is pinned to vehicle {pin} but served by {route.Vehicle}", route.Vehicle, stop.Index));
            if (job.PinnedDay is { } day && day != vehicle.Day)
                violations.Add(new(ViolationKind.Pin, $"job {stop.Index} is pinned to day {day} but served on day {vehicle.Day}", route.Vehicle, stop.Index));
        }
        if (route.Jobs.Any())
        {
            for (var b = 0; b < breakSeen.Length; b++)
            {
                if (!breakSeen[b])
                    violations.Add(new(ViolationKind.Break, $"vehicle {route.Vehicle} does not take its break {b}", route.Vehicle));
            }
        }
        return sound;
    }

    /// <summary>
    /// Times a route: a backward pass finds the latest start of every stop that keeps the rest on time,
    /// then a forward pass departs at the latest such moment (shortest duration) and waits where it must.
    /// A break is taken where the vehicle stands, after the stop before it.
    /// </summary>
    private static RouteReport CheckRoute(RoutingProblem problem, Route route, List<Violation> violations)
    {
        var vehicle = problem.Vehicles[route.Vehicle];
        var profile = problem.Profiles[vehicle.Profile];
        var count = route.Stops.Count + 2;
        var location = new int[count];
        var service = new double[count];
        var windows = new IReadOnlyList<TimeWindow>[count];
        IReadOnlyList<TimeWindow> shift = [vehicle.Shift];
        location[0] = vehicle.StartLocation;
        windows[0] = shift;
        location[count - 1] = vehicle.EndLocation;
        windows[count - 1] = shift;
        var load = 0;
        for (var i = 1; i < count - 1; i++)
        {
            var stop = route.Stops[i - 1];
            if (stop.Kind == StopKind.Break)
            {
                var pause = vehicle.Breaks[stop.Index];
                location[i] = -1;
                service[i] = pause.Duration;
                windows[i] = [pause.Window];
            }
            else
            {
                var job = problem.Jobs[stop.Index];
                location[i] = job.Location;
                service[i] = job.ServiceDuration;
                windows[i] = job.TimeWindows.Count == 0 ? [TimeWindow.Always] : job.TimeWindows;
                load += job.Demand;
            }
        }

        // The travel into stop i starts from the last place the vehicle stood at; breaks need none.
        var travelIn = new double[count];
        double routeDistance = 0;
        var at = location[0];
        for (var i = 1; i < count; i++)
        {
            if (location[i] < 0)
                continue;
            travelIn[i] = profile.Durations[at, location[i]];
            routeDistance += profile.Distances[at, location[i]];
            at = location[i];
        }

        // Latest departure that keeps every stop on time; if there is one, depart later still only as far
        // as the return time allows, which gives the shortest duration.
        var departure = LatestDeparture(windows, service, travelIn, vehicle.Shift.End);
        if (departure >= vehicle.Shift.Start)
        {
            var earliestReturn = Schedule(windows, service, travelIn, vehicle.Shift.Start)[count - 1];
            departure = LatestDeparture(windows, service, travelIn, earliestReturn);
        }
        else
        {
            departure = vehicle.Shift.Start;
        }
        var starts = Schedule(windows, service, travelIn, departure);
        for (var i = 1; i < count; i++)
        {
            var arrival = starts[i - 1] + service[i - 1] + travelIn[i];
            if (windows[i].All(w => w.End < arrival - Tolerance))
                ReportLate(route, i, arrival, violations);
        }
        var duration = starts[count - 1] - departure;
        if (duration > vehicle.MaxDuration + Tolerance)
            violations.Add(new(ViolationKind.MaxDuration, $"vehicle {route.Vehicle} works {duration:F3}, more than {vehicle.MaxDuration}", route.Vehicle));
        if (load > vehicle.Capacity)
            violations.Add(new(ViolationKind.Capacity, $"vehicle {route.Vehicle} carries {load}, capacity {vehicle.Capacity}", route.Vehicle));
        return new RouteReport(route.Vehicle, departure, starts[count - 1], routeDistance, load, starts[1..^1]);
    }

    private static double LatestDeparture(IReadOnlyList<TimeWindow>[] windows, double[] service, double[] travelIn, double returnBy)
    {
        var latest = Math.Min(returnBy, windows[^1].Max(w => w.End));
        for (var i = windows.Length - 2; i >= 0; i--)
            latest = LatestStart(windows[i], latest - travelIn[i + 1] - service[i]);
        return latest;
    }

    /// <summary>Start times when leaving at <paramref name="departure"/> and starting each stop as early as its windows allow.</summary>
    private static double[] Schedule(IReadOnlyList<TimeWindow>[] windows, double[] service, double[] travelIn, double departure)
    {
        var starts = new double[windows.Length];
        starts[0] = departure;
        for (var i = 1; i < windows.Length; i++)
        {
            var arrival = starts[i - 1] + service[i - 1] + travelIn[i];
            var open = windows[i].FirstOrDefault(w => w.End >= arrival - SolutionChecker.Tolerance, new TimeWindow(arrival, arrival));
            starts[i] = Math.Max(arrival, open.Start);
        }
        return starts;
    }

    private static void ReportLate(Route route, int position, double arrival, List<Violation> violations)
    {
        if (position == route.Stops.Count + 1)
        {
            violations.Add(new(ViolationKind.Shift, $"vehicle {route.Vehicle} returns at {arrival:F3}, after its shift", route.Vehicle));
            return;
        }
        var stop = route.Stops[position - 1];
        violations.Add(stop.Kind == StopKind.Break
            ? new(ViolationKind.Break, $"vehicle {route.Vehicle} starts break {stop.Index} at {arrival:F3}, after its window", route.Vehicle)
            : new(ViolationKind.TimeWindow, $"job {stop.Index} is reached at {arrival:F3}, after its last window", route.Vehicle, stop.Index));
    }

    /// <summary>
    /// The latest moment not after <paramref name="bound"/> that lies in one of the windows. A bound a rounding
    /// error before a window's start (the forward pass waited for that window) still counts as inside it.
    /// </summary>
    private static double LatestStart(IReadOnlyList<TimeWindow> windows, double bound)
    {
        var best = double.NegativeInfinity;
        foreach (var w in windows)
        {
            if (w.Start <= bound + Tolerance)
                best = Math.Max(best, Math.Clamp(bound, w.Start, w.End));
        }
        return best;
    }

    /// <summary>Assignment costs, warm-start change costs and penalties; flags mandatory jobs left out.</summary>
    private static double JobCosts(RoutingProblem problem, Solution solution, int[] servedBy, List<Violation> violations)
    {
        foreach (var j in solution.Unassigned)
        {
            if (j >= 0 && j < servedBy.Length && servedBy[j] >= 0)
                violations.Add(new(ViolationKind.DuplicateJob, $"job {j} is both served and listed as unassigned", servedBy[j], j));
        }
        var previous = problem.WarmStart?.PreviousVehicles(problem.Jobs.Count);
        double cost = 0;
        for (var j = 0; j < problem.Jobs.Count; j++)
        {
            var vehicle = servedBy[j];
            if (vehicle >= 0)
                cost += problem.AssignmentCosts?[vehicle, j] ?? 0;
            else if (problem.Jobs[j].Penalty is { } penalty)
                cost += penalty;
            else
                violations.Add(new(ViolationKind.MissingJob, $"mandatory job {j} is not served", Job: j));
            if (previous is not null && previous[j] >= 0 && previous[j] != vehicle)
                cost += problem.WarmStart!.ChangeCosts[j];
        }
        return cost;
    }

    private static void CheckGroups(RoutingProblem problem, int[] servedBy, List<Violation> violations)
    {
        foreach (var group in problem.Groups)
        {
            var served = group.Jobs.Where(j => servedBy[j] >= 0).ToList();
            for (var a = 0; a < served.Count; a++)
            {
                for (var b = a + 1; b < served.Count; b++)
                {
                    var dayA = problem.Vehicles[servedBy[served[a]]].Day;
                    var dayB = problem.Vehicles[servedBy[served[b]]].Day;
                    if (Math.Abs(dayA - dayB) < group.MinSpacingDays)
                        violations.Add(new(ViolationKind.Spacing, $"jobs {served[a]} (day {dayA}) and {served[b]} (day {dayB}) of one venue are less than {group.MinSpacingDays} days apart", Job: served[b]));
                }
            }
        }
    }
}
