namespace OutreachRouting.Contracts.Safety;

/// <summary>
/// A lone-working alert and its history. It names venues by id only (no position), so that whoever may see the
/// alert learns nothing of a restricted venue they could not already read.
/// </summary>
/// <param name="Id">The team's alert number, e.g. "17".</param>
/// <param name="Checks">What the worker's watch reported, in order: a missed check-in may later be joined by a missed check-out.</param>
/// <param name="NextEscalationAt">When people are told again unless a manager acknowledges first; none once it is closed.</param>
/// <param name="Outcome">How it closed, in words: "Checked in 22 minutes late at Fri 4 Dec 21:37." or who acknowledged it.</param>
[GenerateSerializer, Immutable, Alias("outreach.Alert")]
public sealed record Alert(
    [property: Id(0)] string Id, [property: Id(1)] string Team, [property: Id(2)] string WorkerId,
    [property: Id(3)] string? PartnerWorkerId, [property: Id(4)] string? ShiftId, [property: Id(5)] AlertKind Kind,
    [property: Id(6)] IReadOnlyList<Overdue> Checks, [property: Id(7)] DateTimeOffset RaisedAt, [property: Id(8)] AlertStatus Status,
    [property: Id(9)] IReadOnlyList<Escalation> Escalations, [property: Id(10)] DateTimeOffset? NextEscalationAt,
    [property: Id(11)] DateTimeOffset? ClosedAt = null, [property: Id(12)] string? ClosedBy = null, [property: Id(13)] string? Outcome = null);

public static class AlertLevels
{
    /// <summary>How far the alert has gone: the last round's level.</summary>
    public static int Level(this Alert alert) => alert.Escalations.Count == 0 ? 0 : alert.Escalations[^1].Level;
}
