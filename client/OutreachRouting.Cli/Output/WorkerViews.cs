using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Cli.Output;

public static class WorkerViews
{
    public static void Table(Page<WorkerListItem> page, TextWriter writer)
    {
        var table = new TextTable("ID", "NAME", "STATUS", "SKILLS", "LANGUAGES");
        foreach (var w in page.Items)
        {
            table.Add(w.Id, w.DisplayName, Display.Name(w.Status), Display.Names(w.Skills), Display.List(w.Languages));
        }

        table.Write(writer);
        Display.Footer(page, writer);
    }

    public static void Details(WorkerSnapshot worker, TextWriter writer)
    {
        var d = worker.Definition;
        new TextTable()
            .Add("id", worker.Id)
            .Add("name", d.DisplayName)
            .Add("status", Display.Name(d.Status))
            .Add("base", d.BaseVenueId)
            .Add("skills", Display.Names(d.Skills))
            .Add("languages", Display.List(d.Languages))
            .Add("women only", Display.YesNo(d.WomenOnlyEligible))
            .Add("hours", $"{Display.Number(d.ContractedHoursPerWeek)} a week")
            .Add("availability", Display.Windows(d.Availability))
            .Add("absences", Display.List(d.Absences.Select(a => $"{Display.Name(a.Kind)} {a.From:yyyy-MM-dd} to {a.To:yyyy-MM-dd}")))
            .Add("travel", Display.Name(d.TravelMode))
            .Add("version", $"{worker.Version}")
            .Write(writer);
    }
}
