using OutreachRouting.Contracts.Safety;

namespace OutreachRouting.Cli.Commands;

/// <summary>
/// Lone-working safety: `outreach checkin|checkout|alarm` for the worker on shift, and `outreach alerts` for the
/// managers who answer them (list, --follow, show, ack, settings, deliveries).
/// </summary>
public static class SafetyCommands
{
    public static Command CheckIn(CliContext context)
    {
        var team = CommonOptions.Team();
        var stop = new Option<string?>("--stop") { Description = "check in at this stop of your shift (its id, as outreach today shows it); the next stop is then expected when it begins" };
        var status = new Option<bool>("--status") { Description = "only show where you are in your shift and what is expected next" };
        var command = new Command("checkin", "Check in to your shift as it begins (or at a stop): without it, your partner and managers are told once the grace period has passed.") { team, stop, status };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) => context.Write(parsed,
            parsed.GetValue(status) ? await client.GetCheckInStatusAsync(teamId, ct) : await client.CheckInAsync(teamId, parsed.GetValue(stop), ct),
            SafetyViews.Status)));
        return command;
    }

    public static Command CheckOut(CliContext context) =>
        WorkerAction(context, "checkout", "Check out at the end of your shift: nothing more is expected of it.", (client, team, ct) => client.CheckOutAsync(team, ct));

    public static Command Alarm(CliContext context) =>
        WorkerAction(context, "alarm", "Raise the alarm now: your partner, your managers and the on-call line are told at once, and again until a manager answers.",
            (client, team, ct) => client.RaiseAlarmAsync(team, ct));

    public static Command Alerts(CliContext context)
    {
        var team = CommonOptions.Team();
        var open = new Option<bool>("--open") { Description = "only the open alerts" };
        var follow = new Option<bool>("--follow") { Description = "stream alerts as they happen (the open ones first) until interrupted" };
        var command = new Command("alerts", "Lone-working alerts (managers): missed check-ins and check-outs, alarms, and how each was answered.")
        {
            team, open, follow,
            Show(context),
            Acknowledge(context),
            Settings(context),
            Deliveries(context),
        };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
        {
            if (!parsed.GetValue(follow))
            {
                context.Write(parsed, await client.ListAlertsAsync(teamId, parsed.GetValue(open), ct), SafetyViews.List);
                return;
            }

            try
            {
                await foreach (var alertEvent in client.FollowAlertsAsync(teamId, cancellationToken: ct))
                {
                    context.Write(parsed, alertEvent, SafetyViews.Event);
                    await context.Out.FlushAsync(ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Interrupted: the way a follow ends.
            }
        }));
        return command;
    }

    private static Command Show(CliContext context)
    {
        var (team, id) = (CommonOptions.Team(), AlertId());
        var command = new Command("show", "One alert: its checks, every round of escalation, and how it closed.") { team, id };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
            context.Write(parsed, await client.GetAlertAsync(teamId, parsed.GetValue(id)!, ct), SafetyViews.Alert)));
        return command;
    }

    private static Command Acknowledge(CliContext context)
    {
        var (team, id) = (CommonOptions.Team(), AlertId());
        var command = new Command("ack", "Take an alert on: its escalation stops, and the on-call line hears so.") { team, id };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
            context.Write(parsed, await client.AcknowledgeAlertAsync(teamId, parsed.GetValue(id)!, ct), SafetyViews.Alert)));
        return command;
    }

    private static Command Settings(CliContext context)
    {
        var team = CommonOptions.Team();
        var grace = new Option<int?>("--grace") { Description = $"minutes late before the partner and managers are told (5 to 120; default {SafetySettings.DefaultGraceMinutes})" };
        var second = new Option<int?>("--second") { Description = $"minutes late before everyone and the on-call webhook are told (above the grace, at most 240; default {SafetySettings.DefaultSecondThresholdMinutes})" };
        var repeat = new Option<int?>("--repeat") { Description = $"minutes between rounds after that, until a manager acknowledges (5 to 120; default {SafetySettings.DefaultRepeatMinutes})" };
        var url = new Option<string?>("--webhook-url") { Description = "the on-call webhook (https)" };
        var secret = new Option<string?>("--webhook-secret") { Description = "the key its bodies are signed with (32 to 256 characters; needed with a new URL)" };
        var noWebhook = new Option<bool>("--no-webhook") { Description = "stop sending to the on-call webhook" };
        var command = new Command("settings", "Show the team's escalation settings, or change those named.") { team, grace, second, repeat, url, secret, noWebhook };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
        {
            var held = await client.GetSafetySettingsAsync(teamId, ct);
            var changes = parsed.GetValue(grace) ?? parsed.GetValue(second) ?? parsed.GetValue(repeat);
            if (changes is null && parsed.GetValue(url) is null && parsed.GetValue(secret) is null && !parsed.GetValue(noWebhook))
            {
                context.Write(parsed, held, SafetyViews.Settings);
                return;
            }

            var wanted = new SafetySettings(
                parsed.GetValue(grace) ?? held.GraceMinutes, parsed.GetValue(second) ?? held.SecondThresholdMinutes, parsed.GetValue(repeat) ?? held.RepeatMinutes,
                parsed.GetValue(noWebhook) ? null : parsed.GetValue(url) ?? held.WebhookUrl, parsed.GetValue(secret));
            context.Write(parsed, await client.UpdateSafetySettingsAsync(teamId, wanted, held.Version, ct), SafetyViews.Settings);
        }));
        return command;
    }

    private static Command Deliveries(CliContext context)
    {
        var team = CommonOptions.Team();
        var command = new Command("deliveries", "What was sent to the on-call webhook: delivered, being retried, or failed with the last error.") { team };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
            context.Write(parsed, await client.ListWebhookDeliveriesAsync(teamId, ct), SafetyViews.Deliveries)));
        return command;
    }

    private static Command WorkerAction(CliContext context, string name, string description, Func<OutreachClient, string, CancellationToken, Task<LoneWorkingStatus>> call)
    {
        var team = CommonOptions.Team();
        var command = new Command(name, description) { team };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
            context.Write(parsed, await call(client, teamId, ct), SafetyViews.Status)));
        return command;
    }

    private static Argument<string> AlertId() => new("alert") { Description = "the alert's number, as outreach alerts shows it" };
}
