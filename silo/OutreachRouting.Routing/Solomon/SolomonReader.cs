using System.Globalization;

namespace OutreachRouting.Routing.Solomon;

/// <summary>Reads Solomon-format instance files; tolerant of CRLF and spacing, strict about content.</summary>
public static class SolomonReader
{
    public static SolomonInstance Read(string path) => Parse(Path.GetFileName(path), File.ReadAllLines(path));

    /// <exception cref="SolomonFormatException">The text is not a valid instance; names the line.</exception>
    public static SolomonInstance Parse(string file, IReadOnlyList<string> lines)
    {
        var rows = lines.Select((text, i) => (Line: i + 1, Fields: text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(r => r.Fields.Length > 0)
            .ToList();
        if (rows.Count == 0)
            throw new SolomonFormatException(file, 0, "the file is empty");
        var name = string.Join(' ', rows[0].Fields);

        var vehicleHeader = FindKeyword(file, rows, "VEHICLE");
        var fleet = rows.ElementAtOrDefault(vehicleHeader + 2);
        if (fleet.Fields is not { Length: 2 })
            throw new SolomonFormatException(file, fleet.Line, "expected the vehicle NUMBER and CAPACITY after the VEHICLE block's header");
        var vehicles = Integer(file, fleet.Line, fleet.Fields[0], "vehicle number");
        var capacity = Integer(file, fleet.Line, fleet.Fields[1], "capacity");
        if (vehicles < 1 || capacity < 0)
            throw new SolomonFormatException(file, fleet.Line, "vehicle number must be positive and capacity not negative");

        var customerHeader = FindKeyword(file, rows, "CUSTOMER");
        var customers = new List<SolomonCustomer>();
        foreach (var (line, fields) in rows.Skip(customerHeader + 2))
        {
            if (fields.Length != 7)
                throw new SolomonFormatException(file, line, $"expected 7 numbers per customer, found {fields.Length}");
            var customer = new SolomonCustomer(
                Integer(file, line, fields[0], "customer number"),
                Number(file, line, fields[1], "x"),
                Number(file, line, fields[2], "y"),
                Integer(file, line, fields[3], "demand"),
                Number(file, line, fields[4], "ready time"),
                Number(file, line, fields[5], "due date"),
                Number(file, line, fields[6], "service time"));
            if (customer.Number != customers.Count)
                throw new SolomonFormatException(file, line, $"customer number {customer.Number} where {customers.Count} was expected");
            if (customer.Due < customer.Ready || customer.Demand < 0 || customer.Service < 0)
                throw new SolomonFormatException(file, line, "due date before ready time, or a negative demand or service time");
            customers.Add(customer);
        }
        if (customers.Count < 2)
            throw new SolomonFormatException(file, rows[^1].Line, "a depot and at least one customer are needed");
        return new SolomonInstance(name, vehicles, capacity, customers);
    }

    private static int FindKeyword(string file, List<(int Line, string[] Fields)> rows, string keyword)
    {
        var index = rows.FindIndex(r => r.Fields.Length == 1 && r.Fields[0].Equals(keyword, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new SolomonFormatException(file, 0, $"no {keyword} section");
    }

    private static int Integer(string file, int line, string text, string what) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SolomonFormatException(file, line, $"{what} '{text}' is not an integer");

    private static double Number(string file, int line, string text, string what) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new SolomonFormatException(file, line, $"{what} '{text}' is not a number");
}
