using OutreachRouting.Contracts.Errors;
using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Visits;

namespace OutreachRouting.Tests.Grains;

[Collection(InMemoryClusterCollection.Name)]
public sealed class VenueGrainTests(InMemoryClusterFixture cluster)
{
    private static int counter;

    private IVenueGrain NewVenue() =>
        cluster.Grains.GetGrain<IVenueGrain>(OutreachKeys.For("clash", $"venue-{Interlocked.Increment(ref counter)}"));

    [Fact]
    public async Task A_venue_that_was_never_created_reads_as_null()
    {
        Assert.Null(await NewVenue().GetAsync());
    }

    [Fact]
    public async Task Create_stores_the_definition_and_reads_it_back()
    {
        var grain = NewVenue();
        var created = await grain.CreateAsync(Samples.Bar());
        var read = await grain.GetAsync();

        Assert.NotNull(read);
        Assert.Equal("clash", read.Team);
        Assert.Equal(Samples.Bar().Name, read.Definition.Name);
        Assert.Equal(Samples.Bar().AccessWindows, read.Definition.AccessWindows);
        Assert.Equal(Samples.Bar().Location, read.Definition.Location);
        Assert.Equal(Samples.Bar().Needs, read.Definition.Needs);
        Assert.Equal(1, read.Version);
        Assert.Equal(45, read.ServiceMinutes);
        Assert.Equal(created.UpdatedAt, read.UpdatedAt);
        Assert.Equal(InMemoryClusterFixture.Now, read.CreatedAt);
    }

    [Fact]
    public async Task Creating_a_venue_twice_is_a_conflict_and_keeps_the_first()
    {
        var grain = NewVenue();
        await grain.CreateAsync(Samples.Bar("First"));

        await Assert.ThrowsAsync<ConflictException>(() => grain.CreateAsync(Samples.Bar("Second")));
        Assert.Equal("First", (await grain.GetAsync())!.Definition.Name);
    }

    [Fact]
    public async Task A_street_route_takes_as_long_as_walking_it()
    {
        var grain = NewVenue();
        var route = await grain.CreateAsync(Samples.StreetRoute());

        // 1,190 m at 4.8 km/h (80 m a minute) is 14.9 minutes, rounded up.
        Assert.Equal(15, route.ServiceMinutes);
    }

    [Fact]
    public async Task An_area_is_a_polygon()
    {
        var hostel = await NewVenue().CreateAsync(Samples.Hostel());
        Assert.Equal(ShapeKind.Polygon, hostel.Definition.Location!.Kind);
        Assert.Equal(5, hostel.Definition.Location!.Positions.Count);
    }

    public static TheoryData<string, VenueDefinition> InvalidVenues()
    {
        var bar = Samples.Bar();
        var friday = new WeeklyWindow(DayOfWeek.Friday, new TimeOnly(17, 0), new TimeOnly(9, 0));
        return new TheoryData<string, VenueDefinition>
        {
            { "name", bar with { Name = "  " } },
            { "kind", bar with { Kind = (VenueKind)42 } },
            { "borough", bar with { Borough = "" } },
            { "accessWindows", bar with { AccessWindows = [] } },
            { "accessWindows[0].end", bar with { AccessWindows = [friday] } },
            { "accessWindows[0].end", bar with { AccessWindows = [new WeeklyWindow(DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(9, 0))] } },
            { "accessWindows[0].end", bar with { AccessWindows = [new WeeklyWindow(DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(10, 0), EndsNextDay: true)] } },
            { "accessWindows[0].day", bar with { AccessWindows = [new WeeklyWindow((DayOfWeek)9, new TimeOnly(9, 0), new TimeOnly(10, 0))] } },
            { "location.coordinates[0]", bar with { Location = Shape.Point(200, 51.5) } },
            { "location.coordinates[0]", bar with { Location = Shape.Point(-0.1, 95) } },
            { "location.coordinates[0]", bar with { Location = Shape.Point(double.NaN, 51.5) } },
            { "location.coordinates[0]", bar with { Location = Shape.Point(double.PositiveInfinity, 51.5) } },
            { "location.coordinates", bar with { Location = new Shape(ShapeKind.Point, []) } },
            { "location.type", bar with { Location = Samples.StreetRoute().Location } },
            { "location.coordinates", Samples.StreetRoute() with { Location = new Shape(ShapeKind.LineString, [new Position(-0.1, 51.5)]) } },
            { "location.coordinates", Samples.StreetRoute() with { Location = new Shape(ShapeKind.LineString, [new Position(-0.1, 51.5), new Position(-0.1, 51.5)]) } },
            { "location.type", Samples.StreetRoute() with { Location = Shape.Point(-0.1, 51.5) } },
            // A bow tie: its ring crosses itself.
            { "location.coordinates", bar with { Location = new Shape(ShapeKind.Polygon, [new Position(0, 51), new Position(0.01, 51.01), new Position(0.01, 51), new Position(0, 51.01), new Position(0, 51)]) } },
            { "location.coordinates", bar with { Location = new Shape(ShapeKind.Polygon, [new Position(0, 51), new Position(0.01, 51.01), new Position(0.01, 51)]) } },
            { "visitMinutes", bar with { VisitMinutes = -5 } },
            { "visitMinutes", bar with { VisitMinutes = 0 } },
            { "visitMinutes", Samples.StreetRoute() with { VisitMinutes = -1 } },
            { "targetIntervalDays", bar with { TargetIntervalDays = 0 } },
            { "priority", bar with { Priority = 6 } },
            { "needs.languages[0]", bar with { Needs = bar.Needs with { Languages = ["Mandarin!"] } } },
            { "sensitivity", Samples.StreetRoute() with { Sensitivity = Sensitivity.Public } },
            { "sensitivity", bar with { Kind = VenueKind.FlatOrParlour } },
            { "movedTo", bar with { Status = VenueStatus.Moved } },
            { "movedTo", bar with { MovedTo = "elsewhere" } },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidVenues))]
    public async Task Invalid_definitions_are_refused_naming_the_field_and_store_nothing(string field, VenueDefinition definition)
    {
        var grain = NewVenue();

        var error = await Assert.ThrowsAsync<ValidationException>(() => grain.CreateAsync(definition));

        Assert.Contains(error.Errors, e => e.Field == field);
        Assert.All(error.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
        Assert.Null(await grain.GetAsync());
    }

    [Fact]
    public async Task Every_broken_rule_is_named_at_once()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            NewVenue().CreateAsync(Samples.Bar() with { Name = "", Priority = 0, TargetIntervalDays = -1 }));

        Assert.Equal(["name", "targetIntervalDays", "priority"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_refused_update_leaves_the_stored_venue_as_it_was()
    {
        var grain = NewVenue();
        await grain.CreateAsync(Samples.Bar());

        await Assert.ThrowsAsync<ValidationException>(() => grain.UpdateAsync(Samples.Bar() with { Name = "" }, 1));

        var read = (await grain.GetAsync())!;
        Assert.Equal(Samples.Bar().Name, read.Definition.Name);
        Assert.Equal(1, read.Version);
    }

    [Fact]
    public async Task An_update_naming_a_stale_version_is_refused()
    {
        var grain = NewVenue();
        await grain.CreateAsync(Samples.Bar());
        await grain.UpdateAsync(Samples.Bar("Renamed once"), 1);

        var conflict = await Assert.ThrowsAsync<VersionConflictException>(() => grain.UpdateAsync(Samples.Bar("Lost update"), 1));

        Assert.Equal(2, conflict.Current);
        var read = (await grain.GetAsync())!;
        Assert.Equal("Renamed once", read.Definition.Name);
        Assert.Equal(2, read.Version);
    }

    [Fact]
    public async Task An_update_without_a_version_overwrites_and_bumps_the_version()
    {
        var grain = NewVenue();
        await grain.CreateAsync(Samples.Bar());

        var updated = await grain.UpdateAsync(Samples.Bar("New name") with { Priority = 5 }, null);

        Assert.Equal(2, updated.Version);
        Assert.Equal(5, (await grain.GetAsync())!.Definition.Priority);
    }

    [Fact]
    public async Task Updating_or_closing_a_venue_that_does_not_exist_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => NewVenue().UpdateAsync(Samples.Bar(), null));
        await Assert.ThrowsAsync<NotFoundException>(() => NewVenue().CloseAsync(null));
        await Assert.ThrowsAsync<NotFoundException>(() => NewVenue().RecordVisitAsync(new VenueVisit(InMemoryClusterFixture.Now, ["w1"], 1)));
    }

    [Fact]
    public async Task A_moved_venue_names_where_the_people_went()
    {
        var grain = NewVenue();
        await grain.CreateAsync(Samples.Bar());

        var moved = await grain.UpdateAsync(Samples.Bar() with { Status = VenueStatus.Moved, MovedTo = "new-place" }, 1);

        Assert.Equal(VenueStatus.Moved, moved.Definition.Status);
        Assert.Equal("new-place", moved.Definition.MovedTo);
    }

    [Fact]
    public async Task The_visit_summary_counts_rolling_four_and_twelve_weeks_and_keeps_continuity_beyond()
    {
        var grain = NewVenue();
        await grain.CreateAsync(Samples.Bar());
        var now = InMemoryClusterFixture.Now;

        await grain.RecordVisitAsync(new VenueVisit(now.AddDays(-100), ["ana"], 2));
        await grain.RecordVisitAsync(new VenueVisit(now.AddDays(-50), ["bo"], 7));
        await grain.RecordVisitAsync(new VenueVisit(now.AddDays(-2), ["mei"], 3));
        var summary = (await grain.RecordVisitAsync(new VenueVisit(now.AddDays(-20), ["mei", "bo"], 5))).Visits;

        Assert.Equal(now.AddDays(-2), summary.LastVisitAt);
        Assert.Equal(2, summary.VisitsLast4Weeks);
        Assert.Equal(8, summary.ContactsLast4Weeks);
        Assert.Equal(3, summary.VisitsLast12Weeks);
        Assert.Equal(15, summary.ContactsLast12Weeks);
        Assert.Equal(
            [new WorkerContinuity("mei", now.AddDays(-2), 2), new WorkerContinuity("bo", now.AddDays(-20), 2), new WorkerContinuity("ana", now.AddDays(-100), 1)],
            summary.Visitors);
    }

    [Fact]
    public async Task Recording_a_visit_does_not_make_a_managers_copy_stale()
    {
        var grain = NewVenue();
        await grain.CreateAsync(Samples.Bar());
        await grain.RecordVisitAsync(new VenueVisit(InMemoryClusterFixture.Now.AddHours(-3), ["mei"], 4));

        var updated = await grain.UpdateAsync(Samples.Bar("Renamed"), 1);

        Assert.Equal(2, updated.Version);
        Assert.Equal(1, updated.Visits.VisitsLast4Weeks);
    }

    [Fact]
    public async Task Invalid_visits_are_refused()
    {
        var grain = NewVenue();
        await grain.CreateAsync(Samples.Bar());

        await Assert.ThrowsAsync<ValidationException>(() => grain.RecordVisitAsync(new VenueVisit(InMemoryClusterFixture.Now, ["mei"], -1)));
        await Assert.ThrowsAsync<ValidationException>(() => grain.RecordVisitAsync(new VenueVisit(InMemoryClusterFixture.Now.AddDays(2), ["mei"], 1)));
        await Assert.ThrowsAsync<ValidationException>(() => grain.RecordVisitAsync(new VenueVisit(InMemoryClusterFixture.Now, [], 1)));
        Assert.Null((await grain.GetAsync())!.Visits.LastVisitAt);
    }

    [Fact]
    public async Task A_closed_venue_keeps_its_history()
    {
        var grain = NewVenue();
        await grain.CreateAsync(Samples.Bar());
        await grain.RecordVisitAsync(new VenueVisit(InMemoryClusterFixture.Now.AddDays(-1), ["mei"], 6));

        var closed = await grain.CloseAsync(1);

        Assert.Equal(VenueStatus.Closed, closed.Definition.Status);
        Assert.Equal(6, closed.Visits.ContactsLast4Weeks);
        Assert.Equal("mei", Assert.Single(closed.Visits.Visitors).WorkerId);
        await Assert.ThrowsAsync<VersionConflictException>(() => grain.CloseAsync(1));
    }

    [Fact]
    public async Task A_record_delivered_twice_counts_once_and_a_correction_replaces_what_it_said()
    {
        var grain = NewVenue();
        await grain.CreateAsync(Samples.Bar());
        var now = InMemoryClusterFixture.Now;
        await grain.RecordVisitAsync(new VenueVisit(now.AddDays(-9), ["bo"], 2, VisitOutcome.Visited, "r1"));
        var tonight = new VenueVisit(now.AddHours(-2), ["mei", "tom"], 4, VisitOutcome.Visited, "r2");

        await grain.RecordVisitAsync(tonight);
        var twice = (await grain.RecordVisitAsync(tonight with { WorkerIds = ["mei", "tom"] })).Visits;
        Assert.Equal((now.AddHours(-2), 2, 6), (twice.LastVisitAt, twice.VisitsLast4Weeks, twice.ContactsLast4Weeks));

        // Corrected: nobody was there after all, so the visit no longer counts, and the last visit is the one before.
        var corrected = (await grain.RecordVisitAsync(tonight with { Outcome = VisitOutcome.NobodyThere, Contacts = 0 })).Visits;
        Assert.Equal((now.AddDays(-9), 1, 2), (corrected.LastVisitAt, corrected.VisitsLast4Weeks, corrected.ContactsLast4Weeks));
        Assert.Equal(["bo"], corrected.Visitors.Select(v => v.WorkerId));
    }
}
