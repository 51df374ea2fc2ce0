using OutreachRouting.Contracts.Sessions;

namespace OutreachRouting.Cli.Output;

public static class SessionViews
{
    public static void Table(Page<SessionListItem> page, TextWriter writer)
    {
        var table = new TextTable("ID", "NAME", "KIND", "SLOT", "WORKERS", "WOMEN ONLY", "STATUS");
        foreach (var s in page.Items)
        {
            table.Add(s.Id, s.Name, Display.Name(s.Kind), Display.Window(s.Slot), $"{s.WorkersNeeded}", Display.YesNo(s.WomenOnly), Display.Name(s.Status));
        }

        table.Write(writer);
        Display.Footer(page, writer);
    }

    public static void Details(FixedSessionSnapshot session, TextWriter writer)
    {
        var d = session.Definition;
        new TextTable()
            .Add("id", session.Id)
            .Add("name", d.Name)
            .Add("kind", Display.Name(d.Kind))
            .Add("status", Display.Name(d.Status))
            .Add("venue", d.VenueId)
            .Add("slot", Display.Window(d.Slot))
            .Add("workers", $"{d.WorkersNeeded}")
            .Add("skills", Display.Names(d.RequiredSkills))
            .Add("languages", Display.List(d.Languages))
            .Add("women only", Display.YesNo(d.WomenOnly))
            .Add("partner", d.Partner ?? "-")
            .Add("mediator", d.Mediator ?? "-")
            .Add("version", $"{session.Version}")
            .Write(writer);
    }
}
