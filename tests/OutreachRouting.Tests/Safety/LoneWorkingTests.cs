using System.Security.Cryptography;
using System.Text;
using System.Net.Http.Json;
using OutreachRouting.Api.Identity;
using OutreachRouting.Contracts.Safety;
using OutreachRouting.Tests.Client;

namespace OutreachRouting.Tests.Safety;

/// <summary>
/// Lone-working safety through the API on PostgreSQL, with real reminders and timers: shifts are placed so that
/// their checks fall due a few seconds from now, by the grace the team sets.
/// </summary>
public sealed class LoneWorkingTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Second = TimeSpan.FromMinutes(6);

    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [PostgresFact]
    public async Task A_missed_check_in_tells_the_partner_and_managers_and_a_late_check_in_closes_it_saying_so()
    {
        var team = await fixture.TeamAsync("bo", "cy", "di");
        using var following = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var managerSees = Collect(fixture.Manager(team).FollowAlertsAsync(team, cancellationToken: following.Token));
        var partnerSees = Collect(fixture.Worker(team, "cy").FollowAlertsAsync(team, cancellationToken: following.Token));
        var othersSee = Collect(fixture.Worker(team, "di").FollowAlertsAsync(team, cancellationToken: following.Token));
        await Task.Delay(500);

        // Bo's check-in falls overdue in 3 s; nothing is said before then.
        var shift = SafetyFixture.Shift(Now - Grace + TimeSpan.FromSeconds(3), TimeSpan.FromHours(3), partner: "cy");
        await fixture.GiveAsync(team, "bo", 1, shift);
        await fixture.GiveAsync(team, "cy", 1, shift with { PartnerWorkerId = "bo" });
        await fixture.CheckedInAsync(team, "cy");
        Assert.Empty(await fixture.Manager(team).ListAlertsAsync(team));

        // Cy's check-in is Cy's alone: Bo's still falls due.
        var alert = Assert.Single(await fixture.WaitForAlertsAsync(team, a => a.Count > 0));
        Assert.Equal("bo", alert.WorkerId);
        Assert.Equal((AlertKind.MissedCheckIn, AlertStatus.Open, "cy", shift.ShiftId), (alert.Kind, alert.Status, alert.PartnerWorkerId, alert.ShiftId));
        Assert.Equal(shift.Start, Assert.Single(alert.Checks).ExpectedAt);
        var round = Assert.Single(alert.Escalations);
        Assert.Equal([Escalation.Worker("cy"), Escalation.Managers], round.Recipients);
        Assert.InRange(round.At, shift.Start + Grace, shift.Start + Grace + TimeSpan.FromSeconds(10));
        Assert.Equal(shift.Start + Second, alert.NextEscalationAt);
        Assert.Empty(fixture.WebhookOf(team));

        // Bo checks in at last: the alert closes, and says how late.
        var status = await fixture.Worker(team, "bo").CheckInAsync(team);
        Assert.Equal([alert.Id], status.ClosedAlertIds);
        Assert.Contains("5 minutes late", status.Message);
        Assert.Equal(ShiftState.CheckedIn, status.State);
        var closed = await fixture.Manager(team).GetAlertAsync(team, alert.Id);
        Assert.Equal((AlertStatus.Resolved, "bo", (DateTimeOffset?)null), (closed.Status, closed.ClosedBy, closed.NextEscalationAt));
        Assert.StartsWith("Checked in 5 minutes late at", closed.Outcome);

        await Task.Delay(1000);
        await following.CancelAsync();
        Assert.Equal([AlertEventKind.Raised, AlertEventKind.Resolved], (await managerSees).Select(e => e.Kind));
        Assert.Equal([AlertEventKind.Raised, AlertEventKind.Resolved], (await partnerSees).Select(e => e.Kind));
        Assert.Empty(await othersSee);
    }

    [PostgresFact]
    public async Task At_the_second_threshold_everyone_and_the_signed_webhook_are_told_until_a_manager_acknowledges()
    {
        var team = await fixture.TeamAsync("ana");

        // Ana's check-in falls overdue in 2 s, and its second threshold a minute later.
        var shift = SafetyFixture.Shift(Now - Grace + TimeSpan.FromSeconds(2), TimeSpan.FromHours(3));
        await fixture.GiveAsync(team, "ana", 1, shift);
        var raised = Assert.Single(await fixture.WaitForAlertsAsync(team, a => a.Count > 0));
        Assert.Equal([Escalation.Managers], raised.Escalations[0].Recipients);

        var alerts = await fixture.WaitForAlertsAsync(team, a => a.Single().Level() == 2, seconds: 90);
        var second = alerts.Single().Escalations[1];
        Assert.Equal([Escalation.Managers, Escalation.Webhook], second.Recipients);
        Assert.InRange(second.At, shift.Start + Second, shift.Start + Second + TimeSpan.FromSeconds(10));
        Assert.Equal(second.At + TimeSpan.FromMinutes(5), alerts.Single().NextEscalationAt);

        var sent = await WaitAsync(() => fixture.WebhookOf(team) is [var one] ? one : null);
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SafetyFixture.Secret), sent.Body)), sent.Headers["Outreach-Signature"]);
        Assert.Equal($"{team}-{sent.Json.GetProperty("delivery").GetString()![(team.Length + 1)..]}", sent.Headers["Outreach-Delivery"]);
        Assert.Equal("escalated", sent.Json.GetProperty("event").GetString());
        Assert.Equal("missed-check-in", sent.Json.GetProperty("kind").GetString());
        Assert.Equal(2, sent.Json.GetProperty("level").GetInt32());
        Assert.Equal("ana", sent.Json.GetProperty("workerId").GetString());
        Assert.DoesNotContain("bar-1", Encoding.UTF8.GetString(sent.Body));

        // The manager takes it on: escalation stops, and the on-call line hears so.
        var acknowledged = await fixture.Manager(team).AcknowledgeAlertAsync(team, raised.Id);
        Assert.Equal((AlertStatus.Acknowledged, (DateTimeOffset?)null), (acknowledged.Status, acknowledged.NextEscalationAt));
        Assert.Equal("test-manager", acknowledged.ClosedBy);
        var told = await WaitAsync(() => fixture.WebhookOf(team) is [_, var last] ? last : null);
        Assert.Equal("acknowledged", told.Json.GetProperty("event").GetString());
        var again = await fixture.Manager(team).AcknowledgeAlertAsync(team, raised.Id);
        Assert.Equal((acknowledged.ClosedAt, acknowledged.Escalations.Count), (again.ClosedAt, again.Escalations.Count));
        Assert.All(await fixture.Manager(team).ListWebhookDeliveriesAsync(team), d => Assert.Equal((WebhookDeliveryStatus.Delivered, 1), (d.Status, d.Attempts)));
    }

    [PostgresFact]
    public async Task A_failed_webhook_is_retried_with_the_same_signed_body_and_its_failure_is_shown()
    {
        var team = await fixture.TeamAsync("eve");
        fixture.Webhook.FailNext(1);
        var status = await fixture.Worker(team, "eve").RaiseAlarmAsync(team);
        Assert.Contains("the on-call line", status.Message);

        var first = await WaitAsync(() => fixture.WebhookOf(team) is [var one] ? one : null);
        var failing = await WaitAsync(async () => (await fixture.Manager(team).ListWebhookDeliveriesAsync(team)) is [{ LastError: not null } d] ? d : null);
        Assert.Equal((WebhookDeliveryStatus.Pending, 1), (failing.Status, failing.Attempts));
        Assert.Contains("500", failing.LastError);

        var retry = await WaitAsync(() => fixture.WebhookOf(team) is [_, var again] ? again : null, seconds: 30);
        Assert.Equal(first.Body, retry.Body);
        Assert.Equal(first.Headers["Outreach-Signature"], retry.Headers["Outreach-Signature"]);
        Assert.InRange(retry.At - first.At, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(20));
        var delivered = await WaitAsync(async () => (await fixture.Manager(team).ListWebhookDeliveriesAsync(team)) is [{ Status: WebhookDeliveryStatus.Delivered } d] ? d : null);
        Assert.Equal(2, delivered.Attempts);
    }

    [PostgresFact]
    public async Task An_alarm_tells_everyone_at_once_and_a_checked_out_shift_raises_nothing()
    {
        var team = await fixture.TeamAsync("fay", "gus");
        var shift = SafetyFixture.Shift(Now - TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(90), partner: "gus");
        await fixture.GiveAsync(team, "fay", 1, shift);
        await fixture.CheckedInAsync(team, "fay");

        var alarm = await fixture.Worker(team, "fay").RaiseAlarmAsync(team);
        var alert = await fixture.Manager(team).GetAlertAsync(team, alarm.AlarmAlertId!);
        Assert.Equal((AlertKind.Alarm, shift.ShiftId), (alert.Kind, alert.ShiftId));
        Assert.Equal([Escalation.Worker("gus"), Escalation.Managers, Escalation.Webhook], Assert.Single(alert.Escalations).Recipients);
        Assert.Equal(alert.RaisedAt + TimeSpan.FromMinutes(5), alert.NextEscalationAt);

        // A check-out says the worker is there, but an alarm waits for a manager.
        var checkedOut = await fixture.Worker(team, "fay").CheckOutAsync(team);
        Assert.Equal((ShiftState.CheckedOut, (ExpectedCheck?)null), (checkedOut.State, checkedOut.Next));
        Assert.Equal(AlertStatus.Open, (await fixture.Manager(team).GetAlertAsync(team, alert.Id)).Status);

        // Gus checks in and out before his check-in would have fallen due: nothing is raised for him, then or after.
        var his = SafetyFixture.Shift(Now - Grace + TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(6), partner: "fay");
        await fixture.GiveAsync(team, "gus", 1, his);
        await fixture.CheckedInAsync(team, "gus");
        Assert.Equal(ShiftState.CheckedOut, (await fixture.Worker(team, "gus").CheckOutAsync(team)).State);
        await Task.Delay(4000);
        Assert.DoesNotContain(await fixture.Manager(team).ListAlertsAsync(team), a => a.WorkerId == "gus");
        Assert.Equal(ShiftState.CheckedOut, (await fixture.Worker(team, "gus").GetCheckInStatusAsync(team)).State);
    }

    [PostgresFact]
    public async Task After_a_stop_check_in_the_next_stop_is_expected_and_missing_it_raises_an_alert()
    {
        var team = await fixture.TeamAsync("hal");

        // Next week, so that the clock only moves forward to reach it.
        var start = London.Week(OutreachKeys.WeekOf(London.Date(Now.AddDays(7)))).From + TimeSpan.FromHours(34);
        var shift = SafetyFixture.Shift(start, TimeSpan.FromHours(3), stops: 3, stopEvery: TimeSpan.FromMinutes(40));
        await fixture.GiveAsync(team, "hal", 1, shift);
        var second = shift.Stops[1];
        fixture.Clock.MoveTo(second.Start!.Value + Grace - TimeSpan.FromSeconds(3));

        var status = await fixture.Worker(team, "hal").CheckInAsync(team, shift.Stops[0].StopId);
        Assert.Equal(shift.Stops[0].StopId, status.LastStopId);
        Assert.Equal((AlertKind.MissedStopCheckIn, second.StopId, second.Start!.Value + Grace), (status.Next!.Kind, status.Next.StopId, status.Next.AlertAt));

        var alert = Assert.Single(await fixture.WaitForAlertsAsync(team, a => a.Count > 0));
        var check = Assert.Single(alert.Checks);
        Assert.Equal((AlertKind.MissedStopCheckIn, second.StopId, second.VenueId), (check.Kind, check.StopId, check.VenueId));

        // Checking in at that stop says the worker is there.
        var late = await fixture.Worker(team, "hal").CheckInAsync(team, second.StopId);
        Assert.Equal([alert.Id], late.ClosedAlertIds);
        Assert.Equal((AlertKind.MissedStopCheckIn, shift.Stops[2].StopId), (late.Next!.Kind, late.Next.StopId));
    }

    [PostgresFact]
    public async Task A_shift_published_late_is_not_overdue_for_it_and_one_published_after_it_ended_expects_nothing()
    {
        var team = await fixture.TeamAsync("max");
        var begun = SafetyFixture.Shift(Now - TimeSpan.FromHours(1), TimeSpan.FromHours(3));
        var ended = SafetyFixture.Shift(Now - TimeSpan.FromHours(5), TimeSpan.FromHours(2));
        await fixture.GiveAsync(team, "max", 1, ended, begun);
        await Task.Delay(2000);
        Assert.Empty(await fixture.Manager(team).ListAlertsAsync(team));

        var status = await fixture.Worker(team, "max").GetCheckInStatusAsync(team);
        Assert.Equal(begun.ShiftId, status.ShiftId);
        Assert.Equal(AlertKind.MissedCheckIn, status.Next!.Kind);
        Assert.InRange(status.Next.At, Now - TimeSpan.FromSeconds(10), Now);
    }

    [PostgresFact]
    public async Task A_worker_who_has_left_is_not_missed_and_their_token_checks_nothing_in()
    {
        var team = await fixture.TeamAsync("nia");
        await fixture.GiveAsync(team, "nia", 1, SafetyFixture.Shift(Now - Grace + TimeSpan.FromSeconds(2), TimeSpan.FromHours(2)));
        var worker = fixture.Server.Grains.GetGrain<IWorkerGrain>(OutreachKeys.For(team, "nia"));
        await worker.CloseAsync((await worker.GetAsync())!.Version);

        await Task.Delay(4000);
        Assert.Empty(await fixture.Manager(team).ListAlertsAsync(team));
        using var leaver = fixture.Server.WorkerClient(team, "nia");
        Assert.Equal(HttpStatusCode.Unauthorized, (await leaver.PostAsync($"teams/{team}/me/checkin", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await leaver.PostAsync($"teams/{team}/me/alarm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await leaver.GetAsync($"teams/{team}/alerts/stream")).StatusCode);
    }

    [PostgresFact]
    public async Task Checks_are_refused_plainly_and_alerts_are_the_managers_alone()
    {
        var team = await fixture.TeamAsync("ida", "jo");
        using var ida = fixture.Server.WorkerClient(team, "ida");
        var none = await ida.PostAsync($"teams/{team}/me/checkin", null);
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
        Assert.Contains("No shift of yours", await none.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await ida.PostAsync($"teams/{team}/me/checkout", null)).StatusCode);

        var shift = SafetyFixture.Shift(Now + TimeSpan.FromMinutes(30), TimeSpan.FromHours(2));
        await fixture.GiveAsync(team, "jo", 1, shift);
        var notHers = await ida.PostAsJsonAsync($"teams/{team}/me/checkin", new { stopId = shift.Stops[0].StopId });
        Assert.Equal(HttpStatusCode.BadRequest, notHers.StatusCode);
        Assert.Contains("stopId", await notHers.Content.ReadAsStringAsync());
        var garbage = await ida.PostAsync($"teams/{team}/me/checkin", new StringContent("{\"stopId\": 7", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await ida.GetAsync($"teams/{team}/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ida.PostAsync($"teams/{team}/alerts/1/acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ida.GetAsync($"teams/{team}/alerts/settings")).StatusCode);
        using var manager = fixture.Server.Client(OutreachRoles.Manager, team);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync($"teams/{team}/me/alarm", null)).StatusCode);
        using var consumer = fixture.Server.Client(OutreachRoles.Consumer, team);
        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.GetAsync($"teams/{team}/alerts/stream")).StatusCode);
        using var otherTeam = fixture.Server.Client(OutreachRoles.Manager, "elsewhere");
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeam.GetAsync($"teams/{team}/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"teams/{team}/alerts/99")).StatusCode);
        using var anonymous = fixture.Server.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"teams/{team}/alerts/stream")).StatusCode);

        var bad = await manager.PutAsJsonAsync($"teams/{team}/alerts/settings",
            new { graceMinutes = 4, secondThresholdMinutes = 4, repeatMinutes = 200, webhookUrl = "http://example.org/hook", webhookSecret = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        foreach (var field in new[] { "graceMinutes", "secondThresholdMinutes", "repeatMinutes", "webhookUrl", "webhookSecret" })
            Assert.Contains(field, problem);
        var held = await fixture.Manager(team).GetSafetySettingsAsync(team);
        Assert.Equal((5, 6, 5, fixture.Webhook.Url, true), (held.GraceMinutes, held.SecondThresholdMinutes, held.RepeatMinutes, held.WebhookUrl, held.WebhookSecretSet));
        Assert.DoesNotContain(SafetyFixture.Secret, await (await manager.GetAsync($"teams/{team}/alerts/settings")).Content.ReadAsStringAsync());

        // The secret stays while the URL does; a stale version is refused.
        var changed = await fixture.Manager(team).UpdateSafetySettingsAsync(team, new SafetySettings(20, 40, 10, fixture.Webhook.Url), held.Version);
        Assert.Equal((20, true, held.Version + 1), (changed.GraceMinutes, changed.WebhookSecretSet, changed.Version));
        var stale = await Assert.ThrowsAsync<OutreachRouting.Client.OutreachApiException>(() =>
            fixture.Manager(team).UpdateSafetySettingsAsync(team, new SafetySettings(), held.Version));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [PostgresFact]
    public async Task The_cli_checks_in_and_out_raises_the_alarm_and_lists_follows_and_acknowledges_alerts()
    {
        var team = await fixture.TeamAsync("lu");
        await fixture.GiveAsync(team, "lu", 1, SafetyFixture.Shift(Now - TimeSpan.FromMinutes(2), TimeSpan.FromHours(2)));
        using var worker = Cli(team, fixture.Server.Token(OutreachRoles.Worker, [team], "lu"));
        using var manager = Cli(team, fixture.Server.Token(OutreachRoles.Manager, [team]));

        var checkedIn = await worker.RunAsync("checkin");
        Assert.Equal(0, checkedIn.ExitCode);
        Assert.Contains("Checked in at", checkedIn.Out);
        Assert.Contains("check out by", checkedIn.Out);

        using var following = new CancellationTokenSource();
        var follow = Task.Run(() => manager.RunAsync(following.Token, "alerts", "--follow"));
        await Task.Delay(1000);
        var alarm = await worker.RunAsync("alarm");
        Assert.Equal(0, alarm.ExitCode);
        Assert.Contains("Alarm raised", alarm.Out);
        var listed = await manager.RunAsync("alerts", "--open");
        Assert.Contains("alarm", listed.Out);
        var id = (await fixture.Manager(team).ListAlertsAsync(team)).Single().Id;

        var acknowledged = await manager.RunAsync("alerts", "ack", id);
        Assert.Equal(0, acknowledged.ExitCode);
        Assert.Contains("Acknowledged by", acknowledged.Out);
        await Task.Delay(500);
        await following.CancelAsync();
        var followed = await follow;
        Assert.Equal(0, followed.ExitCode);
        Assert.Contains($"raised       Alert {id}: lu raised the alarm", followed.Out);
        Assert.Contains($"acknowledged Alert {id} closed: Acknowledged by", followed.Out);

        Assert.Equal(0, (await worker.RunAsync("checkout")).ExitCode);
        var none = await worker.RunAsync("checkout");
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("No shift of yours is under way", none.Error);
        Assert.Equal(1, (await worker.RunAsync("alerts")).ExitCode);

        var settings = await manager.RunAsync("alerts", "settings", "--grace", "10", "--second", "25");
        Assert.Equal(0, settings.ExitCode);
        Assert.Contains("10 minutes", settings.Out);
        Assert.Contains("secret set", settings.Out);
        var refused = await manager.RunAsync("alerts", "settings", "--grace", "200");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("graceMinutes", refused.Error);
        Assert.Equal(10, (await fixture.Manager(team).GetSafetySettingsAsync(team)).GraceMinutes);
    }

    private CliRunner Cli(string team, string token)
    {
        var cli = new CliRunner();
        cli.Environment["OUTREACH_API"] = fixture.Server.Address.ToString();
        cli.Environment["OUTREACH_TOKEN"] = token;
        cli.Environment["OUTREACH_TEAM"] = team;
        return cli;
    }

    private static async Task<List<AlertEvent>> Collect(IAsyncEnumerable<AlertEvent> events)
    {
        var seen = new List<AlertEvent>();
        try
        {
            await foreach (var e in events)
                seen.Add(e);
        }
        catch (OperationCanceledException)
        {
            // The test stopped following.
        }

        return seen;
    }

    private static Task<T> WaitAsync<T>(Func<T?> found, int seconds = 20)
        where T : class => WaitAsync(() => Task.FromResult(found()), seconds);

    private static async Task<T> WaitAsync<T>(Func<Task<T?>> found, int seconds = 20)
        where T : class
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await found() is { } value)
                return value;
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"Nothing came in {seconds} s.");
            await Task.Delay(100);
        }
    }
}
