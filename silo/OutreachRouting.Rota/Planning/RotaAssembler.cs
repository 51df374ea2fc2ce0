using OutreachRouting.Routing.Checking;
using OutreachRouting.Routing.Model;
using OutreachRouting.Routing.Solutions;

namespace OutreachRouting.Rota.Planning;

/// <summary>The engine's routes as rota shifts: stops in order with arrival, start and end, and the legs between.</summary>
internal static class RotaAssembler
{
    public static List<RotaShift> Shifts(TeamWeek week, IReadOnlyList<PlannedShift> shifts, PlaceTable places,
        RoutingProblem problem, IReadOnlyList<PlannedJob> jobs, Solution solution, CheckReport check)
    {
        var reports = check.Routes.ToDictionary(r => r.Vehicle);
        var rota = new List<RotaShift>();
        foreach (var route in solution.Routes.Where(r => r.Jobs.Any()).OrderBy(r => r.Vehicle))
        {
            var shift = shifts[route.Vehicle];
            var report = reports[route.Vehicle];
            var vehicle = problem.Vehicles[route.Vehicle];
            var at = vehicle.StartLocation;
            var free = report.Departure;
            var stops = new List<RotaStop>();
            for (var i = 0; i < route.Stops.Count; i++)
            {
                var stop = route.Stops[i];
                var start = report.StartTimes[i];
                if (stop.Kind == StopKind.Break)
                {
                    var pause = vehicle.Breaks[stop.Index].Duration;
                    stops.Add(new RotaStop(RotaStopKind.Break, null, null, 0, week.Clock.ToLocal(free), week.Clock.ToLocal(start), week.Clock.ToLocal(start + pause), 0));
                    free = start + pause;
                    continue;
                }
                var job = problem.Jobs[stop.Index];
                var planned = jobs[stop.Index];
                var travel = places.Minutes(shift.Mode, at, job.Location);
                stops.Add(new RotaStop(
                    planned.Visit is null ? RotaStopKind.Session : RotaStopKind.Visit,
                    planned.Visit?.Venue.Id ?? planned.Session!.VenueId,
                    planned.Session?.Id,
                    planned.Visit?.Number ?? 0,
                    week.Clock.ToLocal(free + travel),
                    week.Clock.ToLocal(start),
                    week.Clock.ToLocal(start + job.ServiceDuration),
                    travel,
                    planned.Pinned));
                free = start + job.ServiceDuration;
                at = job.Location;
            }
            rota.Add(new RotaShift(
                shift.Id,
                WeekDays.Of(shift.Day),
                [.. shift.Workers.Select(w => w.Id)],
                shift.Base.Id,
                shift.Mode,
                week.Clock.ToLocal(report.Departure),
                week.Clock.ToLocal(report.Return),
                stops,
                places.Minutes(shift.Mode, at, vehicle.EndLocation)));
        }
        return rota;
    }
}
