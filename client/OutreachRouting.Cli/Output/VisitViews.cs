using System.Globalization;
using OutreachRouting.Contracts.Visits;

namespace OutreachRouting.Cli.Output;

/// <summary>Visit records and venue reports as a manager or a worker reads them.</summary>
public static class VisitViews
{
    public static void Record(VisitRecord record, TextWriter writer)
    {
        var (report, c, r) = (record.Report, record.Report.Counts ?? VisitCounts.None, record.Report.Referrals ?? Referrals.None);
        new TextTable()
            .Add("record", $"{record.Id} (version {record.Version})")
            .Add("stop", $"{report.StopId} at {record.VenueId}, {London.Show(record.VisitedAt)}")
            .Add("workers", Display.List(record.WorkerIds))
            .Add("outcome", Display.Name(report.Outcome))
            .Add("contacts", $"{c.Contacts} ({c.NewContacts} new)")
            .Add("handed out", $"{c.CondomPacks} condom packs, {c.LubricantPacks} lubricant packs, {c.TestingKits} testing kits")
            .Add("tests", $"{c.TestsDone} done of {c.TestsOffered} offered; {c.PepPrepConversations} PEP/PrEP conversations")
            .Add("referrals", $"housing {r.Housing}, drug and alcohol {r.DrugAndAlcohol}, psychology {r.PsychologyCounselling}, Find and Treat {r.FindAndTreat}, clinic {r.Clinic}")
            .Add("safeguarding concern", Display.YesNo(report.SafeguardingConcern))
            .Add("venue looked", Display.Name(report.VenueLooks) + (report.NewPosition is { } p ? $", now at {Display.Number(p.Longitude)}, {Display.Number(p.Latitude)}" : ""))
            .Add("recorded", $"by {record.RecordedBy}, {London.Show(record.RecordedAt)}{(record.Late ? ", late (after the shift)" : "")}")
            .Write(writer);
    }

    public static void History(IReadOnlyList<VisitRecord> versions, TextWriter writer)
    {
        foreach (var version in versions)
        {
            if (version != versions[0])
                writer.WriteLine();
            Record(version, writer);
        }
    }

    public static void List(Contracts.Directory.Page<VisitRecord> page, TextWriter writer)
    {
        var table = new TextTable("visited", "stop", "outcome", "contacts", "new", "by", "record", "");
        foreach (var record in page.Items)
        {
            var counts = record.Report.Counts ?? VisitCounts.None;
            table.Add(London.Show(record.VisitedAt), record.Report.StopId, Display.Name(record.Report.Outcome), Text(counts.Contacts), Text(counts.NewContacts),
                Display.List(record.WorkerIds), record.Id, (record.Late ? "late " : "") + (record.Version > 1 ? $"v{record.Version}" : ""));
        }

        table.Write(writer);
        Display.Footer(page, writer);
    }

    public static void Reports(IReadOnlyList<VenueReport> reports, TextWriter writer)
    {
        var table = new TextTable("report", "venue", "looks", "reported", "state", "decided");
        foreach (var report in reports)
        {
            table.Add(report.Id, report.VenueId, Display.Name(report.Looks) + (report.NewPosition is { } p ? $" to {Display.Number(p.Longitude)},{Display.Number(p.Latitude)}" : ""),
                $"{report.ReportedBy} {London.Show(report.ReportedAt)}", Display.Name(report.State),
                report.DecidedBy is null ? "-" : $"{report.DecidedBy} {London.Show(report.DecidedAt!.Value)}{(report.MovedTo is { } to ? $", moved to {to}" : "")}");
        }

        table.Write(writer);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
