using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Rotas;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Tests.Rotas;

namespace OutreachRouting.Tests.Visits;

/// <summary>
/// An API on a clock the tests move, with a small team whose rota for next week is planned and published. Each test
/// takes stops of venues no other test touches, so the tests of the class stay independent of their order.
/// </summary>
public sealed class VisitTeamFixture : IAsyncLifetime
{
    public const string Team = "visits";

    private readonly HashSet<string> takenVenues = [];

    public ShiftedClock Clock { get; } = new();

    public ApiServer Server { get; private set; } = null!;

    /// <summary>Next week, so that every stop is still to come and the clock only moves forward to reach it.</summary>
    public string Week { get; } = OutreachKeys.WeekOf(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)));

    public IReadOnlyDictionary<string, IReadOnlyList<ShiftAssignment>> Shifts { get; private set; } = new Dictionary<string, IReadOnlyList<ShiftAssignment>>();

    public async Task InitializeAsync()
    {
        if (TestDatabase.ServerConnectionString is null)
            return;
        Server = await ApiServer.StartAsync(time: Clock);
        await RotaTeam.CreateAsync(Server.Grains, Team);

        // More venues than the rota team has, so that every test has its own.
        for (var i = 5; i <= 9; i++)
        {
            await Server.Grains.GetGrain<IVenueGrain>(OutreachKeys.For(Team, $"bar-{i}")).CreateAsync(Samples.Bar($"Bar {i}") with
            {
                Location = Shape.Point(-0.1386 + (0.002 * i), 51.5320 + (0.001 * i)),
                AccessWindows = [.. Enumerable.Range(1, 5).Select(d => new WeeklyWindow((DayOfWeek)d, new TimeOnly(10, 0), new TimeOnly(16, 0)))],
                TargetIntervalDays = 7,
                Needs = VenueNeeds.None,
            });
        }

        var planner = Server.Grains.GetGrain<IPlannerGrain>(OutreachKeys.ForWeek(Team, Week));
        await planner.StartPlanningAsync(new PlanRequest(Seconds: 2, Seed: 1));
        Assert.Equal(PlanningState.Done, (await RotaTeam.WaitAsync(planner)).State);
        await planner.PublishAsync((await planner.GetDraftAsync()).Revision, "manager");

        var shifts = new Dictionary<string, IReadOnlyList<ShiftAssignment>>();
        foreach (var worker in RotaTeam.WorkerIds)
            shifts[worker] = (await Server.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For(Team, worker)).GetAsync())!.Assignments;
        Shifts = shifts;
    }

    /// <summary>A visit of a venue no test has taken yet, on a shift that <paramref name="fits"/>, with its worker.</summary>
    public (string Worker, ShiftAssignment Shift, AssignedStop Stop) TakeStop(Func<ShiftAssignment, bool>? fits = null)
    {
        lock (takenVenues)
        {
            var (worker, shift, stop) = Shifts
                .SelectMany(w => w.Value.Where(s => fits?.Invoke(s) ?? s.PartnerWorkerId is null)
                    .SelectMany(s => s.Stops.Where(t => t.Kind == RotaStopKind.Visit).Select(t => (Worker: w.Key, Shift: s, Stop: t))))
                .First(x => !takenVenues.Contains(x.Stop.VenueId!));
            takenVenues.Add(stop.VenueId!);
            return (worker, shift, stop);
        }
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
            await Server.DisposeAsync();
    }
}
