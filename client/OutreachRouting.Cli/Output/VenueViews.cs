using OutreachRouting.Contracts.Venues;

namespace OutreachRouting.Cli.Output;

public static class VenueViews
{
    public static void Table(Page<VenueListItem> page, TextWriter writer)
    {
        var table = new TextTable("ID", "NAME", "KIND", "BOROUGH", "STATUS", "PRIORITY", "LAST VISIT", "OVERDUE");
        foreach (var v in page.Items)
        {
            table.Add(v.Id, v.Name, Display.Name(v.Kind), v.Borough, Display.Name(v.Status), $"{v.Priority}",
                Display.Date(v.LastVisitAt), Display.YesNo(v.Overdue));
        }

        table.Write(writer);
        Display.Footer(page, writer);
    }

    public static void Details(VenueSnapshot venue, TextWriter writer)
    {
        var d = venue.Definition;
        var visits = venue.Visits;
        new TextTable()
            .Add("id", venue.Id)
            .Add("name", d.Name)
            .Add("kind", Display.Name(d.Kind))
            .Add("borough", d.Borough)
            .Add("status", Display.Name(d.Status) + (d.MovedTo is null ? string.Empty : $" to {d.MovedTo}"))
            .Add("sensitivity", Display.Name(d.Sensitivity))
            .Add("location", Display.Location(d.Location))
            .Add("windows", Display.Windows(d.AccessWindows))
            .Add("visit", $"{venue.ServiceMinutes} min")
            .Add("target", $"every {d.TargetIntervalDays} days")
            .Add("priority", $"{d.Priority} of 5")
            .Add("needs", Needs(d.Needs))
            .Add("last visit", Display.Date(visits.LastVisitAt))
            .Add("visits", $"{visits.VisitsLast4Weeks} in 4 weeks, {visits.VisitsLast12Weeks} in 12 weeks")
            .Add("contacts", $"{visits.ContactsLast4Weeks} in 4 weeks, {visits.ContactsLast12Weeks} in 12 weeks")
            .Add("version", $"{venue.Version}")
            .Write(writer);
    }

    private static string Needs(VenueNeeds needs)
    {
        var parts = new List<string>();
        if (needs.TestingKit)
        {
            parts.Add("testing kit");
        }

        if (needs.Languages.Count > 0)
        {
            parts.Add("languages " + string.Join(", ", needs.Languages));
        }

        if (needs.WomenOnly)
        {
            parts.Add("women only");
        }

        if (needs.PairRequired)
        {
            parts.Add("a pair");
        }

        return parts.Count == 0 ? "nothing special" : string.Join("; ", parts);
    }
}
