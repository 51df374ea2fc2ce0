using System.Globalization;
using System.Text;
using OutreachRouting.Routing.Solomon;

namespace OutreachRouting.TestSupport.Solomon;

/// <summary>
/// Random instances in Gehring and Homberger's layout, for sizes the Solomon set lacks (200 to 1,000 customers):
/// customers spread over a square that grows with their number, the depot in the middle, a fleet of a quarter as
/// many vehicles as customers, and windows that each customer alone can be served in straight from the depot.
/// </summary>
public static class GeneratedInstances
{
    private const int Capacity = 200;
    private const int Service = 10;

    public static SolomonInstance Create(int customers, int seed)
    {
        var random = new Random(seed);
        var side = Math.Max(customers / 2, 20);
        var centre = side / 2;
        var horizon = 3 * side + 1000;
        var rows = new List<SolomonCustomer> { new(0, centre, centre, 0, 0, horizon, 0) };
        for (var i = 1; i <= customers; i++)
        {
            int x = random.Next(side + 1), y = random.Next(side + 1);
            var direct = (int)Math.Ceiling(Math.Sqrt(Math.Pow(x - centre, 2) + Math.Pow(y - centre, 2)));
            var width = random.Next(60, 241);
            var ready = direct + random.Next(horizon - 2 * direct - Service - width + 1);
            rows.Add(new SolomonCustomer(i, x, y, random.Next(1, 41), ready, ready + width, Service));
        }
        return new SolomonInstance($"GEN{customers}_{seed}", Math.Max(customers / 4, 1), Capacity, rows);
    }

    /// <summary>The instance as Solomon's text, with CRLF lines as in the published files.</summary>
    public static string ToText(SolomonInstance instance)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{instance.Name}\r\n\r\nVEHICLE\r\nNUMBER     CAPACITY\r\n{instance.Vehicles,6}{instance.Capacity,12}\r\n\r\n");
        text.Append("CUSTOMER\r\nCUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\r\n \r\n");
        foreach (var c in instance.Customers)
            text.Append(CultureInfo.InvariantCulture, $"{c.Number,5}{c.X,9}{c.Y,9}{c.Demand,9}{c.Ready,11}{c.Due,11}{c.Service,9}\r\n");
        return text.ToString();
    }

    /// <summary>Writes one file per size into <paramref name="folder"/>, named by size and seed; returns the exit code.</summary>
    public static int Write(DirectoryInfo folder, IReadOnlyList<int> sizes, int seed)
    {
        if (sizes.Count == 0 || sizes.Any(s => s < 1))
        {
            Console.Error.WriteLine("--customers needs one or more positive sizes, such as 200 400 1000");
            return 2;
        }
        folder.Create();
        foreach (var size in sizes)
        {
            var instance = Create(size, seed);
            var path = Path.Combine(folder.FullName, instance.Name + ".txt");
            File.WriteAllText(path, ToText(instance));
            Console.WriteLine($"{path}: {size} customers, {instance.Vehicles} vehicles of capacity {instance.Capacity}");
        }
        return 0;
    }
}
