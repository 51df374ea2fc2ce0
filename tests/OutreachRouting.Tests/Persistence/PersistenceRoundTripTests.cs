namespace OutreachRouting.Tests.Persistence;

public sealed class PersistenceRoundTripTests
{
    [PostgresFact]
    public async Task Venue_and_worker_with_the_same_key_survive_a_silo_restart_apart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var key = OutreachKeys.For("clash", "alpha");
        VenueSnapshot venueBefore;
        WorkerSnapshot workerBefore;

        await using (var silo = await PostgresSilo.StartAsync(database.ConnectionString))
        {
            var venue = silo.Grains.GetGrain<IVenueGrain>(key);
            await venue.CreateAsync(Samples.StreetRoute());
            venueBefore = await venue.RecordVisitAsync(new VenueVisit(DateTimeOffset.UtcNow.AddDays(-3), ["alpha", "bo"], 9));
            workerBefore = await silo.Grains.GetGrain<IWorkerGrain>(key).CreateAsync(Samples.Worker());
        }

        Assert.Equal(2, await database.ScalarAsync<long>(
            "SELECT count(DISTINCT GrainTypeString) FROM OrleansStorage WHERE GrainIdExtensionString = 'clash/alpha'"));

        await using (var silo = await PostgresSilo.StartAsync(database.ConnectionString))
        {
            var venueAfter = (await silo.Grains.GetGrain<IVenueGrain>(key).GetAsync())!;
            var workerAfter = (await silo.Grains.GetGrain<IWorkerGrain>(key).GetAsync())!;

            Assert.Equal(venueBefore.Definition.Name, venueAfter.Definition.Name);
            Assert.Equal(venueBefore.Definition.Location, venueAfter.Definition.Location);
            Assert.Equal(venueBefore.Definition.AccessWindows, venueAfter.Definition.AccessWindows);
            Assert.Equal(venueBefore.Definition.Needs, venueAfter.Definition.Needs);
            Assert.Equal(venueBefore.ServiceMinutes, venueAfter.ServiceMinutes);
            Assert.Equal(venueBefore.Version, venueAfter.Version);
            Assert.Equal(venueBefore.Visits.LastVisitAt, venueAfter.Visits.LastVisitAt);
            Assert.Equal(venueBefore.Visits.Visitors, venueAfter.Visits.Visitors);
            Assert.Equal(9, venueAfter.Visits.ContactsLast4Weeks);

            Assert.Equal(workerBefore.Definition.DisplayName, workerAfter.Definition.DisplayName);
            Assert.Equal(workerBefore.Definition.Skills, workerAfter.Definition.Skills);
            Assert.Equal(workerBefore.Definition.Availability, workerAfter.Definition.Availability);
            Assert.Equal(workerBefore.Definition.Absences, workerAfter.Definition.Absences);
            Assert.Equal(workerBefore.CreatedAt, workerAfter.CreatedAt);
        }
    }

    [PostgresFact]
    public async Task All_digit_ids_that_differ_only_by_leading_zeros_stay_apart()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var silo = await PostgresSilo.StartAsync(database.ConnectionString))
        {
            await silo.Grains.GetGrain<IVenueGrain>(OutreachKeys.For("clash", "20235")).CreateAsync(Samples.Bar("Twenty thousand"));
            await silo.Grains.GetGrain<IVenueGrain>(OutreachKeys.For("clash", "020235")).CreateAsync(Samples.Bar("Zero twenty thousand"));
        }

        await using (var silo = await PostgresSilo.StartAsync(database.ConnectionString))
        {
            Assert.Equal("Twenty thousand", (await silo.Grains.GetGrain<IVenueGrain>(OutreachKeys.For("clash", "20235")).GetAsync())!.Definition.Name);
            Assert.Equal("Zero twenty thousand", (await silo.Grains.GetGrain<IVenueGrain>(OutreachKeys.For("clash", "020235")).GetAsync())!.Definition.Name);
            Assert.Null(await silo.Grains.GetGrain<IVenueGrain>(OutreachKeys.For("clash", "0020235")).GetAsync());
        }
    }

    [PostgresFact]
    public async Task A_stale_grain_state_write_is_refused_by_the_storage_contract()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await PostgresSilo.StartAsync(database.ConnectionString);
        var venue = silo.Grains.GetGrain<IVenueGrain>(OutreachKeys.For("clash", "raced"));
        await venue.CreateAsync(Samples.Bar());

        // Another writer moves the stored version on behind the grain's back (as a second activation in a split cluster would).
        await database.ExecuteAsync("UPDATE OrleansStorage SET Version = Version + 1 WHERE GrainIdExtensionString = 'clash/raced'");

        await Assert.ThrowsAsync<Orleans.Storage.InconsistentStateException>(() => venue.UpdateAsync(Samples.Bar("Lost"), null));
        Assert.Equal(Samples.Bar().Name, (await venue.GetAsync())!.Definition.Name);
    }
}
