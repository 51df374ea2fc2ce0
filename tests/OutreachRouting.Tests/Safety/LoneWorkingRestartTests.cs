using Npgsql;
using OutreachRouting.Contracts.Safety;

namespace OutreachRouting.Tests.Safety;

/// <summary>The lone-working watch's timing is a reminder in PostgreSQL, not a timer of the silo that set it.</summary>
public sealed class LoneWorkingRestartTests
{
    [PostgresFact]
    public async Task A_check_in_registered_before_a_silo_restart_escalates_after_it()
    {
        const string team = "restart";
        await using var database = await TestDatabase.CreateAsync();
        var shift = SafetyFixture.Shift(DateTimeOffset.UtcNow - TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(20), TimeSpan.FromHours(3));
        var week = RotaVersions.Week(shift.RotaVersion);

        await using (var before = await ApiServer.StartAsync(database: database))
        {
            await before.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For(team, "kit")).CreateAsync(Samples.Worker("Kit") with { BaseVenueId = "clinic" });
            await before.Grains.GetGrain<ITeamSafetyGrain>(team).UpdateSettingsAsync(new SafetySettings(5, 6, 5), null, "manager");
            await before.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For(team, "kit")).AssignAsync(week, 1, [shift]);

            await using var source = NpgsqlDataSource.Create(database.ConnectionString);
            await using var connection = await source.OpenConnectionAsync();
            await using var query = new NpgsqlCommand("SELECT count(*) FROM OrleansRemindersTable WHERE ReminderName = 'lone-working'", connection);
            Assert.Equal(1L, await query.ExecuteScalarAsync());
        }

        Assert.True(DateTimeOffset.UtcNow < shift.Start + TimeSpan.FromMinutes(5), "The first silo took so long to stop that the check-in fell due while it ran.");
        await using var after = await ApiServer.StartAsync(database: database);
        var safety = after.Grains.GetGrain<ITeamSafetyGrain>(team);
        var until = DateTime.UtcNow.AddSeconds(60);
        IReadOnlyList<Alert> alerts;
        while ((alerts = await safety.ListAsync(openOnly: true)).Count == 0 && DateTime.UtcNow < until)
            await Task.Delay(250);

        var alert = Assert.Single(alerts);
        Assert.Equal((AlertKind.MissedCheckIn, "kit", shift.Start), (alert.Kind, alert.WorkerId, alert.Checks[0].ExpectedAt));
        Assert.InRange(alert.RaisedAt, shift.Start + TimeSpan.FromMinutes(5), shift.Start + TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(15));
    }
}
