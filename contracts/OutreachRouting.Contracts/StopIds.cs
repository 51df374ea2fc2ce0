namespace OutreachRouting.Contracts;

/// <summary>
/// A stop's id, as check-ins and visit records name it: "2026-W49.the-lamb.2" for a venue's second due visit of the
/// week, "2026-W49.clinic-mon" for a fixed session. It names the visit, not the shift, so it stays the same when a
/// re-plan moves the visit to another shift or another worker. Ids never hold a dot, so the parts read back unambiguously.
/// </summary>
public static class StopIds
{
    public static string ForVisit(string week, string venueId, int visit) => $"{week}.{venueId}.{visit}";

    public static string ForSession(string week, string sessionId) => $"{week}.{sessionId}";

    /// <summary>Reads a visit's stop id back into its week, venue and visit number.</summary>
    public static bool TryParseVisit(string? stopId, out string week, out string venueId, out int visit)
    {
        (week, venueId, visit) = ("", "", 0);
        var parts = stopId?.Split('.');
        if (parts is not { Length: 3 } || !OutreachKeys.IsValidWeek(parts[0]) || !OutreachKeys.IsValidLocalId(parts[1])
            || !int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out visit) || visit < 1)
            return false;
        (week, venueId) = (parts[0], parts[1]);
        return true;
    }
}
