using OutreachRouting.Contracts.Errors;
using OutreachRouting.Contracts.Scheduling;
using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Tests.Grains;

[Collection(InMemoryClusterCollection.Name)]
public sealed class FixedSessionGrainTests(InMemoryClusterFixture cluster)
{
    private static int counter;

    private IFixedSessionGrain NewSession() =>
        cluster.Grains.GetGrain<IFixedSessionGrain>(OutreachKeys.For("clash", $"session-{Interlocked.Increment(ref counter)}"));

    [Fact]
    public async Task A_session_is_created_updated_and_closed()
    {
        var grain = NewSession();
        await grain.CreateAsync(Samples.WalkInClinic());

        var updated = await grain.UpdateAsync(Samples.WalkInClinic() with { WorkersNeeded = 3 }, 1);
        var closed = await grain.CloseAsync(2);

        Assert.Equal(3, updated.Definition.WorkersNeeded);
        Assert.Equal(SessionStatus.Closed, closed.Definition.Status);
        Assert.Equal("Mandarin cultural mediator", (await grain.GetAsync())!.Definition.Mediator);
        Assert.Equal(3, closed.Version);
    }

    public static TheoryData<string, FixedSessionDefinition> InvalidSessions()
    {
        var clinic = Samples.WalkInClinic();
        return new TheoryData<string, FixedSessionDefinition>
        {
            { "name", clinic with { Name = "" } },
            { "kind", clinic with { Kind = (SessionKind)5 } },
            { "venueId", clinic with { VenueId = "" } },
            { "slot[0].end", clinic with { Slot = new WeeklyWindow(DayOfWeek.Monday, new TimeOnly(13, 0), new TimeOnly(12, 0)) } },
            { "workersNeeded", clinic with { WorkersNeeded = 0 } },
            { "requiredSkills[0]", clinic with { RequiredSkills = [(WorkerSkill)9] } },
            { "partner", clinic with { Partner = " " } },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidSessions))]
    public async Task Invalid_sessions_are_refused_naming_the_field(string field, FixedSessionDefinition definition)
    {
        var grain = NewSession();

        var error = await Assert.ThrowsAsync<ValidationException>(() => grain.CreateAsync(definition));

        Assert.Contains(error.Errors, e => e.Field == field);
        Assert.Null(await grain.GetAsync());
    }
}
