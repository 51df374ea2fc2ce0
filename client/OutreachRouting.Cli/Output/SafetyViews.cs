using OutreachRouting.Contracts.Safety;

namespace OutreachRouting.Cli.Output;

/// <summary>Check-ins as the worker's phone shows them, and alerts as a manager answers them.</summary>
public static class SafetyViews
{
    public static void Status(LoneWorkingStatus status, TextWriter writer)
    {
        if (status.Message.Length > 0)
            writer.WriteLine(status.Message);
        var table = new TextTable()
            .Add("shift", status.ShiftId ?? "-")
            .Add("state", Display.Name(status.State) + (status.CheckedInAt is { } at ? $" (checked in {London.Show(at)})" : ""));
        if (status.LastStopId is { } stop)
            table.Add("last stop", stop);
        if (status.Next is { } next)
            table.Add("next", $"{Expected(next)} by {London.Show(next.At)}; an alert goes out at {London.Show(next.AlertAt)}");
        table.Write(writer);
    }

    public static void List(IReadOnlyList<Alert> alerts, TextWriter writer)
    {
        var table = new TextTable("alert", "raised", "kind", "worker", "shift", "round", "status", "next round / outcome");
        foreach (var alert in alerts)
        {
            table.Add(alert.Id, London.Show(alert.RaisedAt), Display.Name(alert.Kind), alert.WorkerId + (alert.PartnerWorkerId is { } p ? $" (with {p})" : ""),
                alert.ShiftId ?? "-", alert.Level().ToString(System.Globalization.CultureInfo.InvariantCulture), Display.Name(alert.Status),
                alert.NextEscalationAt is { } next ? London.Show(next) : alert.Outcome ?? "-");
        }

        table.Write(writer);
    }

    public static void Alert(Alert alert, TextWriter writer)
    {
        var table = new TextTable()
            .Add("alert", $"{alert.Id}: {Display.Name(alert.Kind)}, {Display.Name(alert.Status)}")
            .Add("worker", alert.WorkerId + (alert.PartnerWorkerId is { } p ? $" (with {p})" : ""))
            .Add("shift", alert.ShiftId ?? "-");
        foreach (var check in alert.Checks)
            table.Add("overdue", $"{Display.Name(check.Kind)}, due {London.Show(check.ExpectedAt)}{(check.StopId is { } s ? $", stop {s}" : "")}");
        foreach (var round in alert.Escalations)
            table.Add($"round {round.Level}", $"{London.Show(round.At)}: {Display.List(round.Recipients)}");
        table.Add(alert.Status == AlertStatus.Open ? "next round" : "closed", alert.Status == AlertStatus.Open
            ? alert.NextEscalationAt is { } next ? London.Show(next) : "-"
            : alert.Outcome ?? "-");
        table.Write(writer);
    }

    public static void Event(AlertEvent alertEvent, TextWriter writer) =>
        writer.WriteLine($"{London.Show(alertEvent.At)}  {Display.Name(alertEvent.Kind),-12} {AlertText.Of(alertEvent)}");

    public static void Settings(TeamSafetySettings settings, TextWriter writer) =>
        new TextTable()
            .Add("grace", $"{settings.GraceMinutes} minutes: then the partner and managers are told")
            .Add("second threshold", $"{settings.SecondThresholdMinutes} minutes: then everyone and the on-call webhook")
            .Add("repeat", $"every {settings.RepeatMinutes} minutes after that, until a manager acknowledges")
            .Add("webhook", settings.WebhookUrl is { } url ? $"{url} (secret {(settings.WebhookSecretSet ? "set" : "NOT set")})" : "none")
            .Add("version", $"{settings.Version}{(settings.UpdatedBy is { } by ? $", by {by} {London.Show(settings.UpdatedAt!.Value)}" : "")}")
            .Write(writer);

    public static void Deliveries(IReadOnlyList<WebhookDelivery> deliveries, TextWriter writer)
    {
        var table = new TextTable("delivery", "alert", "event", "status", "attempts", "last attempt", "error");
        foreach (var d in deliveries)
        {
            table.Add(d.Id, d.AlertId, Display.Name(d.Event), Display.Name(d.Status), d.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                d.LastAttemptAt is { } at ? London.Show(at) : "-", d.LastError ?? "-");
        }

        table.Write(writer);
    }

    private static string Expected(ExpectedCheck check) => check.Kind switch
    {
        AlertKind.MissedCheckIn => "check in",
        AlertKind.MissedStopCheckIn => $"check in at stop {check.StopId}",
        _ => "check out",
    };
}
