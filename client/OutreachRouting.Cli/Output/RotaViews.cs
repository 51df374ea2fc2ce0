using System.Globalization;
using OutreachRouting.Contracts.Rotas;

namespace OutreachRouting.Cli.Output;

/// <summary>A rota as a planner reads it on paper: each shift with its stops in visiting order, then what was left out and why.</summary>
public static class RotaViews
{
    public static void Status(PlanningStatus status, TextWriter writer)
    {
        new TextTable()
            .Add("rota", $"{status.Team} {status.Week}")
            .Add("planning", Display.Name(status.State))
            .Add("queue position", status.QueuePosition?.ToString(CultureInfo.InvariantCulture) ?? "-")
            .Add("cores", status.Cores?.ToString(CultureInfo.InvariantCulture) ?? "-")
            .Add("elapsed", $"{status.ElapsedSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s")
            .Add("best objective", status.BestObjective?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-")
            .Add("draft revision", status.DraftRevision?.ToString(CultureInfo.InvariantCulture) ?? "none")
            .Add("published version", status.PublishedVersion?.ToString(CultureInfo.InvariantCulture) ?? "none")
            .Add("awaiting delivery", Display.List(status.PendingDeliveries))
            .Add("error", status.Error ?? "-")
            .Write(writer);
    }

    public static void Rota(RotaDocument rota, TextWriter writer)
    {
        var f = rota.Figures;
        writer.WriteLine(rota.Version is { } version
            ? $"Rota {rota.Team} {rota.Week}, published version {version}"
            : $"Draft rota {rota.Team} {rota.Week}, revision {rota.Revision}");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{f.PlacedVisits} of {f.DueVisits} due visits placed; priority-weighted coverage {100 * f.PriorityWeightedCoverage:0.0} %; travel {f.TravelMinutes:0} min, {100 * f.TravelShare:0.0} % of shift time"));
        foreach (var shift in rota.Shifts)
        {
            writer.WriteLine();
            writer.WriteLine($"{shift.Id}  {Time(shift.Start, day: true)}-{Time(shift.End)}  {string.Join(" + ", shift.WorkerIds)}  from {shift.BaseVenueId} by {Display.Name(shift.TravelMode)}");
            var stops = new TextTable();
            foreach (var stop in shift.Stops)
            {
                stops.Add("  " + Time(stop.Start) + "-" + Time(stop.End), Display.Name(stop.Kind), What(stop), $"travel {Minutes(stop.TravelMinutes)}", stop.Pinned ? "pinned" : "");
            }

            stops.Add("  " + Time(shift.End), "back", shift.BaseVenueId, $"travel {Minutes(shift.ReturnTravelMinutes)}", "");
            stops.Write(writer);
        }

        if (rota.Unplaced.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Not placed:");
            var unplaced = new TextTable("VENUE", "VISIT", "REASON", "WHY");
            foreach (var u in rota.Unplaced)
            {
                unplaced.Add(u.VenueId, $"{u.Visit}", Display.Name(u.Reason), u.Message);
            }

            unplaced.Write(writer);
        }

        if (rota.Changes.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Changed by the re-plan:");
            var changes = new TextTable("VENUE", "VISIT", "FROM", "TO", "WHY");
            foreach (var c in rota.Changes)
            {
                changes.Add(c.VenueId, $"{c.Visit}", c.FromShift ?? "-", c.ToShift ?? "-", c.Reason);
            }

            changes.Write(writer);
        }

        foreach (var o in rota.Overrides)
        {
            writer.WriteLine($"Kept by {o.By} against the rules: {Display.Name(o.Edit.Kind)} {o.Edit.VenueId}: {string.Join("; ", o.Violations)}");
        }

        writer.WriteLine();
        var workers = new TextTable("WORKER", "HOURS", "CONTRACTED", "SHIFTS", "NIGHTS");
        foreach (var w in rota.Figures.Workers)
        {
            workers.Add(w.WorkerId, w.Hours.ToString("0.0", CultureInfo.InvariantCulture), Display.Number(w.ContractedHours), $"{w.Shifts}", $"{w.NightShifts}");
        }

        workers.Write(writer);
    }

    private static string What(RotaStop stop) => stop.Kind switch
    {
        RotaStopKind.Visit => $"{stop.VenueId} (visit {stop.Visit})",
        RotaStopKind.Session => $"{stop.SessionId} at {stop.VenueId}",
        _ => stop.VenueId ?? "",
    };

    private static string Time(DateTimeOffset at, bool day = false) =>
        at.ToString(day ? "ddd HH:mm" : "HH:mm", CultureInfo.InvariantCulture);

    private static string Minutes(double minutes) => $"{Math.Round(minutes).ToString(CultureInfo.InvariantCulture)} min";
}
