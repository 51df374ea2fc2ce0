using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Scheduling;

namespace OutreachRouting.Tests.Rotas;

/// <summary>
/// A small team to plan: a clinic base, daytime venues around it, and a night street route that only Bo and Cy
/// are free to walk, as a pair; so a sickness of Bo's leaves something to re-plan.
/// </summary>
public static class RotaTeam
{
    public static readonly string[] WorkerIds = ["ana", "bo", "cy", "di"];

    public static async Task CreateAsync(IGrainFactory grains, string team)
    {
        IVenueGrain Venue(string id) => grains.GetGrain<IVenueGrain>(OutreachKeys.For(team, id));
        var weekdays = Days(DayOfWeek.Monday, DayOfWeek.Friday, new TimeOnly(10, 0), new TimeOnly(16, 0));
        await Venue("clinic").CreateAsync(Samples.Bar("Mortimer Market") with
        {
            Kind = VenueKind.Clinic,
            Location = Shape.Point(-0.1337, 51.5246),
            AccessWindows = Days(DayOfWeek.Monday, DayOfWeek.Friday, new TimeOnly(8, 0), new TimeOnly(20, 0)),
            Needs = VenueNeeds.None,
        });
        for (var i = 0; i < 4; i++)
        {
            await Venue($"bar-{i + 1}").CreateAsync(Samples.Bar($"Bar {i + 1}") with
            {
                Location = Shape.Point(-0.1426 + (0.004 * i), 51.5390 - (0.003 * i)),
                AccessWindows = weekdays,
                TargetIntervalDays = 7,
                Needs = VenueNeeds.None,
            });
        }

        await Venue("hostel").CreateAsync(Samples.Hostel() with { TargetIntervalDays = 7 });
        await Venue("centre").CreateAsync(Samples.Hostel() with
        {
            Name = "Migrant centre",
            Kind = VenueKind.MigrantCentre,
            AccessWindows = [Window(DayOfWeek.Wednesday, 11, 15), Window(DayOfWeek.Friday, 11, 15)],
            TargetIntervalDays = 7,
        });
        await Venue("route").CreateAsync(Samples.StreetRoute());

        foreach (var id in WorkerIds)
        {
            var nights = id is "bo" or "cy" ? [new WeeklyWindow(DayOfWeek.Thursday, new TimeOnly(21, 0), new TimeOnly(2, 0), EndsNextDay: true)] : Array.Empty<WeeklyWindow>();
            await grains.GetGrain<IWorkerGrain>(OutreachKeys.For(team, id)).CreateAsync(Samples.Worker(char.ToUpperInvariant(id[0]) + id[1..]) with
            {
                BaseVenueId = "clinic",
                Skills = [WorkerSkill.HealthPromotion],
                ContractedHoursPerWeek = 30,
                Availability = [.. Days(DayOfWeek.Monday, DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(17, 0)), .. nights],
                Absences = [],
            });
        }
    }

    /// <summary>Waits for the plan under way to end, however it ends.</summary>
    public static async Task<PlanningStatus> WaitAsync(IPlannerGrain planner)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var status = await planner.GetStatusAsync();
            if (status.State is not (PlanningState.Planning or PlanningState.Queued) || DateTime.UtcNow > deadline)
            {
                return status;
            }

            await Task.Delay(100);
        }
    }

    private static WeeklyWindow Window(DayOfWeek day, int from, int to) => new(day, new TimeOnly(from, 0), new TimeOnly(to, 0));

    private static WeeklyWindow[] Days(DayOfWeek first, DayOfWeek last, TimeOnly start, TimeOnly end) =>
        [.. Enumerable.Range((int)first, last - first + 1).Select(d => new WeeklyWindow((DayOfWeek)d, start, end))];
}
