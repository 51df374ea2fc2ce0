using System.Globalization;
using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Visits;

namespace OutreachRouting.Cli.Commands;

/// <summary>`outreach visit record|list|show|correct` and `outreach venue-reports list|confirm|reject`.</summary>
public static class VisitCommands
{
    public static Command Build(CliContext context) => new("visit", "Visit records: a stop's anonymous outcome and counts.")
    {
        Record(context),
        ListCommand.Build(context, "The team's visit records, newest visit first (managers).", [VenueFilter, FromFilter, ToFilter],
            (client, team, parsed, skip, take, ct) => client.ListVisitsAsync(team,
                new VisitQuery(parsed.GetValue(VenueFilter), parsed.GetValue(FromFilter), parsed.GetValue(ToFilter), skip, take), ct),
            VisitViews.List),
        Show(context),
        Correct(context),
    };

    public static Command BuildReports(CliContext context) => new("venue-reports", "Venues the field reports as closed or moved (managers).")
    {
        ListReports(context),
        Decide(context, "confirm", "Confirm the report: a closure closes the venue; a move marks it moved (--moved-to) or puts it at the reported position.", confirm: true),
        Decide(context, "reject", "Reject the report: the venue stays as it is.", confirm: false),
    };

    private static readonly Option<string?> VenueFilter = new("--venue") { Description = "only this venue's records" };
    private static readonly Option<DateTimeOffset?> FromFilter = InstantOption("--from", "visits from this date (UTC) or time on: 2026-12-01 or 2026-12-01T18:00+00:00");
    private static readonly Option<DateTimeOffset?> ToFilter = InstantOption("--to", "visits before this date (UTC) or time");

    private static Command Record(CliContext context)
    {
        var team = CommonOptions.Team();
        var stop = new Argument<string>("stop") { Description = "the stop's id, as outreach today shows it (e.g. 2026-W49.the-lamb.2)" };
        var report = new ReportOptions();
        var key = new Option<string?>("--key") { Description = "the retry key (default: the stop id, so running the same command again stores nothing twice)" };
        var command = new Command("record", "Record how one of your stops went: its outcome and counts, nothing about anyone.") { team, stop, key };
        report.AddTo(command);
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
        {
            var stopId = parsed.GetValue(stop)!;
            var recorded = await client.RecordVisitAsync(teamId, report.Read(parsed, stopId, null), parsed.GetValue(key) ?? stopId, ct);
            context.Write(parsed, recorded, VisitViews.Record);
        }));
        return command;
    }

    private static Command Show(CliContext context)
    {
        var team = CommonOptions.Team();
        var id = new Argument<string>("id") { Description = "the record's id" };
        var command = new Command("show", "A visit record with every version: the worker's and each correction (managers).") { team, id };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
            context.Write(parsed, await client.GetVisitHistoryAsync(teamId, parsed.GetValue(id)!, ct), VisitViews.History)));
        return command;
    }

    private static Command Correct(CliContext context)
    {
        var team = CommonOptions.Team();
        var id = new Argument<string>("id") { Description = "the record's id" };
        var report = new ReportOptions();
        var command = new Command("correct", "Correct a visit record (managers): what you give replaces the current version's; the rest stays.") { team, id };
        report.AddTo(command);
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
        {
            var current = (await client.GetVisitHistoryAsync(teamId, parsed.GetValue(id)!, ct))[^1];
            var corrected = await client.CorrectVisitAsync(teamId, current.Id, current.Version, report.Read(parsed, current.Report.StopId, current.Report), ct);
            context.Write(parsed, corrected, VisitViews.Record);
        }));
        return command;
    }

    private static Command ListReports(CliContext context)
    {
        var team = CommonOptions.Team();
        var pending = new Option<bool>("--pending") { Description = "only the reports still to decide" };
        var command = new Command("list", "Reports of venues that looked closed or moved: pending first.") { team, pending };
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
            context.Write(parsed, await client.ListVenueReportsAsync(teamId, parsed.GetValue(pending), ct), VisitViews.Reports)));
        return command;
    }

    private static Command Decide(CliContext context, string name, string description, bool confirm)
    {
        var team = CommonOptions.Team();
        var id = new Argument<string>("id") { Description = "the report's id" };
        var movedTo = new Option<string?>("--moved-to") { Description = "confirming a move: the venue the people went to" };
        var command = new Command(name, description) { team, id };
        if (confirm)
            command.Add(movedTo);
        command.SetAction((parsed, ct) => context.RunAsync(parsed, team, async (client, teamId) =>
            context.Write(parsed, await client.DecideVenueReportAsync(teamId, parsed.GetValue(id)!, new VenueReportDecision(confirm, parsed.GetValue(movedTo)), ct),
                (report, writer) => VisitViews.Reports([report], writer))));
        return command;
    }

    private static Option<DateTimeOffset?> InstantOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                return at;
            result.AddError($"{name} must be a date such as 2026-12-01 or a time such as 2026-12-01T18:00+00:00, not '{text}'");
            return null;
        },
    };

    /// <summary>The report's options; left out, each keeps the value it had (a correction) or is nothing (a new record).</summary>
    private sealed class ReportOptions
    {
        private readonly Option<string?> outcome = CommonOptions.Choice<VisitOutcome>("--outcome", "how it went (default: visited)");
        private readonly Option<int?> contacts = Count("--contacts", "people spoken with, new and repeat");
        private readonly Option<int?> newContacts = Count("--new", "of those, people met for the first time");
        private readonly Option<int?> condoms = Count("--condoms", "condom packs handed out");
        private readonly Option<int?> lubricant = Count("--lubricant", "lubricant packs handed out");
        private readonly Option<int?> kits = Count("--kits", "self-testing kits handed out");
        private readonly Option<int?> testsOffered = Count("--tests-offered", "tests offered");
        private readonly Option<int?> testsDone = Count("--tests-done", "tests done");
        private readonly Option<int?> pepPrep = Count("--pep-prep", "PEP or PrEP conversations");
        private readonly Option<int?> housing = Count("--refer-housing", "referrals to housing");
        private readonly Option<int?> drugAlcohol = Count("--refer-drug-alcohol", "referrals to drug and alcohol services");
        private readonly Option<int?> psychology = Count("--refer-psychology", "referrals to psychology or counselling");
        private readonly Option<int?> findAndTreat = Count("--refer-find-and-treat", "referrals to Find and Treat");
        private readonly Option<int?> clinic = Count("--refer-clinic", "referrals to the clinic");
        private readonly Option<bool?> safeguarding = new("--safeguarding") { Description = "a safeguarding concern was raised (its details go through the safeguarding process, not here)" };
        private readonly Option<string?> looks = CommonOptions.Choice<VenueLooks>("--venue-looks", "the venue itself looked closed or moved (managers are asked to confirm)");
        private readonly Option<Position?> position = new("--new-position")
        {
            Description = "with --venue-looks moved: where it seems to be now, as longitude,latitude",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                var parts = text.Split(',');
                if (parts.Length == 2
                    && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
                    && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude))
                    return new Position(longitude, latitude);
                result.AddError($"--new-position must be longitude,latitude such as -0.1246,51.5362, not '{text}'");
                return null;
            },
        };

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { outcome, contacts, newContacts, condoms, lubricant, kits, testsOffered, testsDone, pepPrep,
                housing, drugAlcohol, psychology, findAndTreat, clinic, safeguarding, looks, position })
            {
                command.Add(option);
            }
        }

        public VisitReport Read(ParseResult p, string stopId, VisitReport? current)
        {
            var c = current?.Counts ?? VisitCounts.None;
            var r = current?.Referrals ?? Referrals.None;
            return new VisitReport(
                stopId,
                p.Value<VisitOutcome>(outcome) ?? current?.Outcome ?? VisitOutcome.Visited,
                new VisitCounts(
                    p.GetValue(contacts) ?? c.Contacts, p.GetValue(newContacts) ?? c.NewContacts, p.GetValue(condoms) ?? c.CondomPacks,
                    p.GetValue(lubricant) ?? c.LubricantPacks, p.GetValue(kits) ?? c.TestingKits, p.GetValue(testsOffered) ?? c.TestsOffered,
                    p.GetValue(testsDone) ?? c.TestsDone, p.GetValue(pepPrep) ?? c.PepPrepConversations),
                new Referrals(
                    p.GetValue(housing) ?? r.Housing, p.GetValue(drugAlcohol) ?? r.DrugAndAlcohol, p.GetValue(psychology) ?? r.PsychologyCounselling,
                    p.GetValue(findAndTreat) ?? r.FindAndTreat, p.GetValue(clinic) ?? r.Clinic),
                p.GetValue(safeguarding) ?? current?.SafeguardingConcern ?? false,
                p.Value<VenueLooks>(looks) ?? current?.VenueLooks ?? VenueLooks.AsExpected,
                p.GetValue(position) ?? current?.NewPosition);
        }

        private static Option<int?> Count(string name, string description) => new(name) { Description = description };
    }
}
