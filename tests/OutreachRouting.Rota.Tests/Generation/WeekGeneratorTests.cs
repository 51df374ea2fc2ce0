using System.Text.Json;
using OutreachRouting.TestSupport.Week;

namespace OutreachRouting.Rota.Tests.Generation;

public class WeekGeneratorTests
{
    private static readonly WeekClock Week = WeekClock.Parse("2026-W49");

    [Fact]
    public void The_same_seed_gives_the_same_weeks_and_another_seed_other_weeks()
    {
        var first = JsonSerializer.Serialize(WeekGenerator.Generate(3, 30, 400, seed: 7));
        Assert.Equal(first, JsonSerializer.Serialize(WeekGenerator.Generate(3, 30, 400, seed: 7)));
        Assert.NotEqual(first, JsonSerializer.Serialize(WeekGenerator.Generate(3, 30, 400, seed: 8)));
    }

    [Fact]
    public void London_wide_splits_workers_and_venues_evenly_over_twelve_teams_each_with_its_own_bases()
    {
        var teams = WeekGenerator.Generate(12, 150, 5000, seed: 1);

        Assert.Equal([.. Enumerable.Range(1, 12).Select(t => $"team-{t:00}")], teams.Select(t => t.Team));
        Assert.Equal(150, teams.Sum(t => t.Workers.Count));
        Assert.Equal(5000, teams.Sum(t => t.Venues.Count));
        Assert.All(teams, team =>
        {
            Assert.InRange(team.Workers.Count, 12, 13);
            Assert.InRange(team.Venues.Count, 416, 417);
            Assert.Equal(team.Venues.Count, team.Venues.Select(v => v.Id).Distinct().Count());
            Assert.Equal(team.Workers.Count, team.Workers.Select(w => w.Id).Distinct().Count());
            Assert.Equal("2026-W49", team.Week);
            Assert.Empty(team.Pins);
            Assert.Null(team.Published);
            Assert.Equal(new PlanningSettings(), team.Settings);
            var bases = team.Venues.Where(v => v.Role == VenueRole.Base).Select(v => v.Id).ToHashSet();
            Assert.InRange(bases.Count, 1, 2);
            Assert.All(team.Workers, w => Assert.Contains(w.BaseVenueId, bases));
        });
    }

    [Theory]
    [InlineData(12, 150, 5000, 1)]
    [InlineData(1, 12, 150, 1)]
    [InlineData(1, 40, 1000, 1)]
    [InlineData(5, 20, 100, 2)]
    [InlineData(5, 20, 100, 3)]
    [InlineData(5, 20, 100, 4)]
    public void Every_session_can_be_staffed_by_enough_eligible_workers_free_for_the_whole_slot(int teams, int workers, int venues, int seed)
    {
        foreach (var team in WeekGenerator.Generate(teams, workers, venues, seed))
        {
            Assert.Equal(4, team.Sessions.Count);
            Assert.Equal(4, team.Sessions.Select(s => s.Slot.Day).Distinct().Count());
            Assert.All(team.Sessions, session =>
            {
                Assert.True(Staffable(session, team.Workers), $"{team.Team}: {session.Id} cannot be staffed");
                var venue = team.Venues.Single(v => v.Id == session.VenueId);
                Assert.Contains(venue.AccessWindows, w => w.StartMinute <= session.Slot.StartMinute && w.EndMinute >= session.Slot.EndMinute);
            });
        }
    }

    [Fact]
    public void Teams_of_four_workers_can_staff_every_session_whatever_the_seed()
    {
        var teams = Enumerable.Range(1, 100).SelectMany(seed => WeekGenerator.Generate(2, 8, 40, seed));
        Assert.All(teams, team => Assert.All(team.Sessions, session => Assert.True(Staffable(session, team.Workers), $"{team.Team}: {session.Id}")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void One_teams_due_visits_need_about_its_contracted_hours(int seed)
    {
        var team = Assert.Single(WeekGenerator.Generate(1, 12, 150, seed));
        var due = team.Venues.Sum(v => DueVisits.For(v, Week).Count * (v.VisitMinutes + 15.0));
        var contracted = team.Workers.Sum(w => w.ContractedHours * 60);
        Assert.InRange(due / contracted, 0.5, 1.3);
    }

    [Fact]
    public void Venues_are_points_but_street_routes_which_are_walked_at_night_by_pairs()
    {
        var venues = WeekGenerator.Generate(2, 24, 600, seed: 5).SelectMany(t => t.Venues).ToList();

        Assert.All(venues.Where(v => v.Role != VenueRole.StreetRoute), v => Assert.Equal(v.Arrival, v.Departure));
        var routes = venues.Where(v => v.Role == VenueRole.StreetRoute).ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, route =>
        {
            var metres = route.Arrival.MetresTo(route.Departure);
            Assert.InRange(metres, 450, 1900);
            Assert.Equal((int)Math.Ceiling(metres * 1.3 / 80), route.VisitMinutes);
            Assert.True(route.Restricted && route.Needs.PairRequired);
            Assert.All(route.AccessWindows, w => Assert.True(w.EndsNextDay));
        });
        Assert.All(venues.Where(v => v.Role == VenueRole.Base), b => Assert.Equal((0, 0), DueVisits.For(b, Week)));
        Assert.All(venues, v => Assert.True(v.LastVisitedOn is null || v.LastVisitedOn < Week.Monday));
        Assert.All(venues.Where(v => v.LastVisitedOn is null), v => Assert.Empty(v.Visitors));
    }

    /// <summary>Some group of WorkersNeeded workers, each eligible and free for the whole slot, holds every skill and language asked for.</summary>
    private static bool Staffable(PlanningSession session, IReadOnlyList<PlanningWorker> workers)
    {
        var date = Week.Date(session.Slot.DayIndex);
        var free = workers
            .Where(w => (!session.WomenOnly || w.WomenOnlyEligible) && !w.DaysOff.Contains(date))
            .Where(w => w.Availability.Any(a => a.StartMinute <= session.Slot.StartMinute && a.EndMinute >= session.Slot.EndMinute))
            .ToList();
        return Groups(free, session.WorkersNeeded, 0).Any(group =>
            session.RequiredSkills.All(skill => group.Any(w => w.Skills.Contains(skill)))
            && session.Languages.All(language => group.Any(w => w.Languages.Contains(language))));
    }

    private static IEnumerable<List<PlanningWorker>> Groups(List<PlanningWorker> workers, int size, int from) =>
        size == 0
            ? [[]]
            : Enumerable.Range(from, Math.Max(0, workers.Count - from))
                .SelectMany(i => Groups(workers, size - 1, i + 1).Select(group => (List<PlanningWorker>)[workers[i], .. group]));
}
