using OutreachRouting.Contracts.Directory;
using OutreachRouting.Contracts.Errors;
using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Tests.TeamDirectory;

public sealed class TeamDirectoryTests
{
    private static readonly string[] VenueIds = ["bar-a", "bar-b", "hostel", "route", "flat", "centre"];

    [PostgresFact]
    public async Task The_directory_follows_every_venue_change_and_survives_a_restart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var now = DateTimeOffset.UtcNow;

        await using (var silo = await PostgresSilo.StartAsync(database.ConnectionString))
        {
            var grains = silo.Grains;
            IVenueGrain Venue(string id) => grains.GetGrain<IVenueGrain>(OutreachKeys.For("clash", id));

            await Venue("bar-a").CreateAsync(Samples.Bar("Anchor bar"));
            await Venue("bar-b").CreateAsync(Samples.Bar("Bell bar") with { Borough = "Islington" });
            await Venue("hostel").CreateAsync(Samples.Hostel());
            await Venue("route").CreateAsync(Samples.StreetRoute());
            await Venue("flat").CreateAsync(Samples.Bar("Flat 3") with { Kind = VenueKind.FlatOrParlour, Sensitivity = Sensitivity.Restricted });
            await Venue("centre").CreateAsync(Samples.Hostel() with { Name = "Migrant centre", Kind = VenueKind.MigrantCentre, Borough = "Haringey" });
            await AssertMatchesGrains(grains);

            await Venue("bar-a").RecordVisitAsync(new VenueVisit(now.AddDays(-2), ["mei"], 4));   // due again in 12 days
            await Venue("bar-b").RecordVisitAsync(new VenueVisit(now.AddDays(-20), ["bo"], 2));  // 14-day interval: overdue
            await Venue("hostel").UpdateAsync(Samples.Hostel() with { Name = "Holloway hostel", Priority = 4 }, 1);
            await Venue("flat").CloseAsync(null);
            await Assert.ThrowsAsync<ValidationException>(() => Venue("centre").UpdateAsync(Samples.Hostel() with { Name = "" }, null));
            await Assert.ThrowsAsync<VersionConflictException>(() => Venue("route").UpdateAsync(Samples.StreetRoute() with { Priority = 1 }, 7));
            await AssertMatchesGrains(grains);

            var directory = grains.GetGrain<ITeamDirectoryGrain>("clash");
            Assert.Equal(["bar-b", "centre", "hostel", "route"], Ids(await directory.ListVenuesAsync(new VenueQuery(Overdue: true))));
            Assert.Equal(["bar-a", "flat"], Ids(await directory.ListVenuesAsync(new VenueQuery(Overdue: false))));
            Assert.Equal(["bar-a", "bar-b"], Ids(await directory.ListVenuesAsync(new VenueQuery(Kind: VenueKind.Bar))));
            Assert.Equal(["bar-b", "hostel", "route"], Ids(await directory.ListVenuesAsync(new VenueQuery(Borough: "islington"))));
            Assert.Equal(["flat"], Ids(await directory.ListVenuesAsync(new VenueQuery(Status: VenueStatus.Closed))));
            Assert.Equal(["centre"], Ids(await directory.ListVenuesAsync(new VenueQuery(Kind: VenueKind.MigrantCentre, Borough: "Haringey", Overdue: true))));
            Assert.Empty((await grains.GetGrain<ITeamDirectoryGrain>("shoc").ListVenuesAsync(new VenueQuery())).Items);

            var page = await directory.ListVenuesAsync(new VenueQuery(Skip: 2, Take: 2));
            Assert.Equal(6, page.Total);
            Assert.Equal(2, page.Items.Count);
            var pastTheEnd = await directory.ListVenuesAsync(new VenueQuery(Skip: 10, Take: 2));
            Assert.Empty(pastTheEnd.Items);
            Assert.Equal(6, pastTheEnd.Total);

            // An empty page counts what its filter matches, not the whole register: with the page or on its own.
            var noClubs = await directory.ListVenuesAsync(new VenueQuery(Kind: VenueKind.Club));
            Assert.Equal((0, 0), (noClubs.Items.Count, noClubs.Total));
            var barsPastTheEnd = await directory.ListVenuesAsync(new VenueQuery(Kind: VenueKind.Bar, Skip: 5));
            Assert.Equal((0, 2), (barsPastTheEnd.Items.Count, barsPastTheEnd.Total));
        }

        await using (var silo = await PostgresSilo.StartAsync(database.ConnectionString))
        {
            await AssertMatchesGrains(silo.Grains);
            await silo.Grains.GetGrain<IVenueGrain>(OutreachKeys.For("clash", "route")).UpdateAsync(Samples.StreetRoute() with { Name = "After restart" }, 1);
            await AssertMatchesGrains(silo.Grains);
        }
    }

    [PostgresFact]
    public async Task Listing_activates_no_venue_grain()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var silo = await PostgresSilo.StartAsync(database.ConnectionString))
        {
            await silo.Grains.GetGrain<IVenueGrain>(OutreachKeys.For("clash", "bar-a")).CreateAsync(Samples.Bar());
        }

        await using (var silo = await PostgresSilo.StartAsync(database.ConnectionString))
        {
            var page = await silo.Grains.GetGrain<ITeamDirectoryGrain>("clash").ListVenuesAsync(new VenueQuery());
            Assert.Equal("bar-a", Assert.Single(page.Items).Id);

            var management = silo.Grains.GetGrain<IManagementGrain>(0);
            async Task<int> VenueActivations() => (await management.GetDetailedGrainStatistics())
                .Count(s => s.GrainType.Contains(nameof(OutreachRouting.Grains.Venues.VenueGrain), StringComparison.Ordinal));
            Assert.Equal(0, await VenueActivations());

            await silo.Grains.GetGrain<IVenueGrain>(OutreachKeys.For("clash", "bar-a")).GetAsync();
            Assert.Equal(1, await VenueActivations());
        }
    }

    [PostgresFact]
    public async Task Workers_are_listed_and_filtered_by_skill_language_and_status()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await PostgresSilo.StartAsync(database.ConnectionString);
        IWorkerGrain Worker(string id) => silo.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For("shoc", id));

        await Worker("mei").CreateAsync(Samples.Worker("Mei"));
        await Worker("ana").CreateAsync(Samples.Worker("Ana") with { Skills = [WorkerSkill.HealthPromotion], Languages = ["portuguese"] });
        await Worker("ioana").CreateAsync(Samples.Worker("Ioana") with { Languages = ["romanian"] });
        await Worker("ioana").UpdateAsync(Samples.Worker("Ioana") with { Languages = ["romanian"], Status = WorkerStatus.Left }, 1);
        var directory = silo.Grains.GetGrain<ITeamDirectoryGrain>("shoc");

        var all = await directory.ListWorkersAsync(new WorkerQuery());
        Assert.Equal(["ana", "ioana", "mei"], all.Items.Select(w => w.Id));
        Assert.Equal(2, all.Items.Single(w => w.Id == "ioana").Version);
        Assert.Equal([WorkerSkill.HealthPromotion, WorkerSkill.ClinicInABoxTesting], all.Items.Single(w => w.Id == "mei").Skills);
        Assert.Equal(["ioana", "mei"], (await directory.ListWorkersAsync(new WorkerQuery(Skill: WorkerSkill.ClinicInABoxTesting))).Items.Select(w => w.Id));
        Assert.Equal(["ana"], (await directory.ListWorkersAsync(new WorkerQuery(Language: "Portuguese"))).Items.Select(w => w.Id));
        Assert.Equal(["ana", "mei"], (await directory.ListWorkersAsync(new WorkerQuery(Status: WorkerStatus.Active))).Items.Select(w => w.Id));
    }

    private static string[] Ids(Page<VenueListItem> page) => [.. page.Items.Select(v => v.Id).Order()];

    /// <summary>Every venue's directory row says what its grain says.</summary>
    private static async Task AssertMatchesGrains(IGrainFactory grains)
    {
        var listed = (await grains.GetGrain<ITeamDirectoryGrain>("clash").ListVenuesAsync(new VenueQuery(Take: 100))).Items.ToDictionary(v => v.Id);
        Assert.Equal(VenueIds.Order(), listed.Keys.Order());
        foreach (var id in VenueIds)
        {
            var venue = (await grains.GetGrain<IVenueGrain>(OutreachKeys.For("clash", id)).GetAsync())!;
            var item = listed[id];
            Assert.Equal(venue.Definition.Name, item.Name);
            Assert.Equal(venue.Definition.Kind, item.Kind);
            Assert.Equal(venue.Definition.Borough, item.Borough);
            Assert.Equal(venue.Definition.Status, item.Status);
            Assert.Equal(venue.Definition.Sensitivity, item.Sensitivity);
            Assert.Equal(venue.Definition.Priority, item.Priority);
            Assert.Equal(venue.Definition.TargetIntervalDays, item.TargetIntervalDays);
            Assert.Equal(venue.Version, item.Version);
            Assert.Equal(venue.Visits.LastVisitAt?.ToUnixTimeMilliseconds(), item.LastVisitAt?.ToUnixTimeMilliseconds());
        }
    }

    [PostgresFact]
    public async Task Fixed_sessions_are_listed_and_filtered()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await PostgresSilo.StartAsync(database.ConnectionString);
        IFixedSessionGrain Session(string id) => silo.Grains.GetGrain<IFixedSessionGrain>(OutreachKeys.For("clash", id));

        await Session("walk-in-tue").CreateAsync(Samples.WalkInClinic());
        await Session("van").CreateAsync(Samples.WalkInClinic() with { Name = "Find and Treat van", Kind = SessionKind.PartnerSession, Partner = "Find and Treat", WomenOnly = false });
        await Session("walk-in-thu").CreateAsync(Samples.WalkInClinic() with { Name = "Walk-in clinic", WomenOnly = false });
        await Session("walk-in-thu").CloseAsync(1);
        var directory = silo.Grains.GetGrain<ITeamDirectoryGrain>("clash");

        var all = await directory.ListSessionsAsync(new SessionQuery());
        Assert.Equal(["van", "walk-in-thu", "walk-in-tue"], all.Items.Select(s => s.Id));
        var womenOnly = all.Items.Single(s => s.Id == "walk-in-tue");
        Assert.True(womenOnly.WomenOnly);
        Assert.Equal(Samples.WalkInClinic().Slot, womenOnly.Slot);
        Assert.Equal(["van"], (await directory.ListSessionsAsync(new SessionQuery(Kind: SessionKind.PartnerSession))).Items.Select(s => s.Id));
        Assert.Equal(["walk-in-thu"], (await directory.ListSessionsAsync(new SessionQuery(Status: SessionStatus.Closed))).Items.Select(s => s.Id));
    }
}
