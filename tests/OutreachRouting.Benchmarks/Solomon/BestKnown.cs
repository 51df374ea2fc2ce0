namespace OutreachRouting.Benchmarks.Solomon;

/// <summary>A best-known solution: its vehicle count and distance.</summary>
internal sealed record BestKnown(int Vehicles, double Distance)
{
    /// <summary>Reads <c>instance,vehicles,distance,...</c>; names are matched case-insensitively.</summary>
    public static Dictionary<string, BestKnown> ReadTable(string path)
    {
        var table = new Dictionary<string, BestKnown>(StringComparer.OrdinalIgnoreCase);
        var lines = File.ReadAllLines(path);
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split(',');
            if (fields.Length < 3
                || !int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var vehicles)
                || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var distance))
            {
                if (lines[i].Trim().Length > 0)
                    Console.Error.WriteLine($"{Path.GetFileName(path)}:{i + 1}: not an instance,vehicles,distance row; skipped");
                continue;
            }
            table[fields[0].Trim()] = new BestKnown(vehicles, distance);
        }
        return table;
    }
}
