namespace OutreachRouting.Contracts.Safety;

/// <summary>An alert event in one sentence, as a pager or a chat channel shows it.</summary>
public static class AlertText
{
    public static string Of(AlertEvent e)
    {
        var alert = e.Alert;
        var check = alert.Checks[^1];
        var what = check.Kind switch
        {
            AlertKind.MissedCheckIn => $"has not checked in to shift {alert.ShiftId}, due {London.Show(check.ExpectedAt)}",
            AlertKind.MissedStopCheckIn => $"has not checked in at stop {check.StopId} of shift {alert.ShiftId}, due {London.Show(check.ExpectedAt)}",
            AlertKind.MissedCheckOut => $"has not checked out of shift {alert.ShiftId}, due {London.Show(check.ExpectedAt)}",
            _ => $"raised the alarm at {London.Show(check.ExpectedAt)}" + (alert.ShiftId is { } shift ? $" on shift {shift}" : ""),
        };
        var partner = alert.PartnerWorkerId is { } p ? $" (with {p})" : "";
        return e.Kind switch
        {
            AlertEventKind.Raised => $"Alert {alert.Id}: {alert.WorkerId}{partner} {what}.",
            AlertEventKind.Escalated => $"Alert {alert.Id}, round {alert.Level()}: {alert.WorkerId}{partner} {what}. Not yet acknowledged.",
            _ => $"Alert {alert.Id} closed: {alert.Outcome}",
        };
    }
}
