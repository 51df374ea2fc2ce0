using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using NetTopologySuite.IO;
using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Scheduling;
using ValidationException = OutreachRouting.Contracts.Errors.ValidationException;

namespace OutreachRouting.Api.Venues;

/// <summary>
/// Venues from CSV, one per line after a header. Columns: id, name, kind, borough; either longitude and latitude
/// (a premise) or wkt (a LINESTRING street route or a POLYGON area); access_windows such as
/// "fri 22:00-03:00+1; sat 21:00-02:00+1" (+1: ends the next day); visit_minutes, target_interval_days,
/// priority; testing_kit, women_only, pair_required (true/false); languages ("mandarin; thai"); sensitivity,
/// status and moved_to (optional). Enum values are spelt as in JSON ("street-route").
/// </summary>
public static class VenueCsv
{
    public const string MediaType = "text/csv";

    private static readonly string[] Required = ["id", "name", "kind", "borough", "access_windows", "visit_minutes", "target_interval_days", "priority"];

    /// <returns>The rows that could be read, and why each other one could not.</returns>
    /// <exception cref="ValidationException">The body has no usable header.</exception>
    public static async Task<(IReadOnlyList<VenueImportItem> Items, IReadOnlyList<FieldError> Errors)> ReadAsync(Stream body)
    {
        using var reader = new StreamReader(body);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant() });
        if (!await csv.ReadAsync() || !csv.ReadHeader())
        {
            throw new ValidationException([new FieldError("body", "must be CSV with a header line")]);
        }

        var missing = Required.Where(c => !csv.HeaderRecord!.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            throw new ValidationException([new FieldError("header", $"lacks the column(s) {string.Join(", ", missing)}")]);
        }

        var items = new List<VenueImportItem>();
        var errors = new List<FieldError>();
        while (await csv.ReadAsync())
        {
            var line = $"line {csv.Parser.RawRow}";
            var rowErrors = new List<FieldError>();
            string? Text(string column) => csv.HeaderRecord!.Contains(column, StringComparer.OrdinalIgnoreCase) && csv.GetField(column) is { Length: > 0 } v ? v : null;
            T Parse<T>(string column, Func<string, T> parse, T fallback)
            {
                var value = Text(column);
                if (value is null)
                {
                    return fallback;
                }

                try
                {
                    return parse(value);
                }
                catch (Exception e) when (e is FormatException or OverflowException or ValidationException or ParseException or ArgumentException)
                {
                    rowErrors.Add(new FieldError($"{line}.{column}", e is ValidationException v ? v.Errors[0].Reason : $"'{value}' cannot be read: {e.Message}"));
                    return fallback;
                }
            }

            int Number(string column) => Parse(column, v => int.Parse(v, CultureInfo.InvariantCulture), 0);
            bool Flag(string column) => Parse(column, bool.Parse, false);

            var definition = new VenueDefinition(
                Text("name") ?? string.Empty,
                Parse("kind", v => QueryValues.Enum<VenueKind>(v, "kind")!.Value, (VenueKind)(-1)),
                Text("borough") ?? string.Empty,
                Parse("wkt", ReadWkt, null) ?? Point(Text("longitude"), Text("latitude"), line, rowErrors),
                Parse("access_windows", ReadWindows, []),
                Number("visit_minutes"),
                Number("target_interval_days"),
                Number("priority"),
                new VenueNeeds(Flag("testing_kit"), Parse("languages", ReadList, []), Flag("women_only"), Flag("pair_required")),
                Parse("sensitivity", v => QueryValues.Enum<Sensitivity>(v, "sensitivity")!.Value, Sensitivity.Public),
                Parse("status", v => QueryValues.Enum<VenueStatus>(v, "status")!.Value, VenueStatus.Active),
                Text("moved_to"));
            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0)
            {
                items.Add(new VenueImportItem(line, Text("id") ?? string.Empty, definition));
            }
        }

        return (items, errors);
    }

    private static Shape? Point(string? longitude, string? latitude, string line, List<FieldError> errors)
    {
        if (longitude is null && latitude is null)
        {
            errors.Add(new FieldError($"{line}.longitude", "a venue needs longitude and latitude, or wkt"));
            return null;
        }

        if (!double.TryParse(longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            || !double.TryParse(latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
        {
            errors.Add(new FieldError($"{line}.longitude", $"'{longitude}, {latitude}' is not a longitude and latitude in decimal degrees"));
            return null;
        }

        return Shape.Point(x, y);
    }

    private static Shape ReadWkt(string wkt) => ShapeGeometry.FromGeometry(new WKTReader(ShapeGeometry.Factory.GeometryServices).Read(wkt));

    private static IReadOnlyList<string> ReadList(string value) =>
        [.. value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>"fri 22:00-03:00+1; sat 21:00-02:00+1".</summary>
    private static IReadOnlyList<WeeklyWindow> ReadWindows(string value) =>
        [.. ReadList(value).Select(ReadWindow)];

    private static WeeklyWindow ReadWindow(string text)
    {
        var parts = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var times = parts.Length == 2 ? parts[1].Split('-', 2, StringSplitOptions.TrimEntries) : [];
        if (times.Length != 2)
        {
            throw new FormatException($"'{text}' is not a window such as 'fri 22:00-03:00+1'");
        }

        var nextDay = times[1].EndsWith("+1", StringComparison.Ordinal);
        return new WeeklyWindow(
            Day(parts[0]),
            TimeOnly.ParseExact(times[0], "H:mm", CultureInfo.InvariantCulture),
            TimeOnly.ParseExact(nextDay ? times[1][..^2] : times[1], "H:mm", CultureInfo.InvariantCulture),
            nextDay);
    }

    private static DayOfWeek Day(string text)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            if (text.Length >= 3 && day.ToString().StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        throw new FormatException($"'{text}' is not a day of the week");
    }
}
