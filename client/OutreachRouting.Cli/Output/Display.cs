using System.Globalization;
using OutreachRouting.Contracts.Geography;
using OutreachRouting.Contracts.Scheduling;

namespace OutreachRouting.Cli.Output;

/// <summary>How values read in tables: the API's own names for enums, "Tue 13:00-17:00" for weekly windows.</summary>
public static class Display
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => WireNames.Of(value);

    public static string Names<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum => List(values.Select(Name));

    public static string List(IEnumerable<string> values) => string.Join(", ", values) is { Length: > 0 } text ? text : "-";

    /// <summary>"Fri 22:00-03:00+1": +1 when it ends the next day.</summary>
    public static string Window(WeeklyWindow window) =>
        $"{window.Day.ToString()[..3]} {window.Start:HH\\:mm}-{window.End:HH\\:mm}{(window.EndsNextDay ? "+1" : string.Empty)}";

    public static string Windows(IEnumerable<WeeklyWindow> windows) => string.Join("; ", windows.Select(Window)) is { Length: > 0 } text ? text : "-";

    public static string YesNo(bool value) => value ? "yes" : "no";

    public static string Date(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never";

    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A restricted position shown to a role that may not see it is absent: "withheld".</summary>
    public static string Location(Shape? shape) => shape switch
    {
        null => "withheld",
        { Kind: ShapeKind.Point, Positions: [var p] } => $"{Number(p.Longitude)}, {Number(p.Latitude)} (longitude, latitude)",
        _ => $"{Name(shape.Kind)} of {shape.Positions.Count} positions from {Number(shape.Positions[0].Longitude)}, {Number(shape.Positions[0].Latitude)}",
    };

    /// <summary>Under a list: which items of how many, and how to see more.</summary>
    public static void Footer<T>(Page<T> page, TextWriter writer)
    {
        var shown = page.Items.Count == 0 ? "none" : $"{page.Skip + 1}-{page.Skip + page.Items.Count}";
        var more = page.Skip + page.Items.Count < page.Total ? $"; next: --skip {page.Skip + page.Items.Count}" : string.Empty;
        writer.WriteLine($"{shown} of {page.Total}{more}");
    }
}
