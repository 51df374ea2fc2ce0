namespace OutreachRouting.Benchmarks.Solomon;

/// <summary>One instance's outcome; <see cref="Gap"/> and <see cref="VehiclesOver"/> are null without a best-known entry.</summary>
internal sealed record InstanceResult(string Instance, int Vehicles, double Distance, double Seconds, bool Feasible, BestKnown? BestKnown)
{
    public double? Gap => BestKnown is { } b ? 100 * (Distance - b.Distance) / b.Distance : null;

    public int? VehiclesOver => BestKnown is { } b ? Math.Max(0, Vehicles - b.Vehicles) : null;

    /// <summary>Solomon's classes: C1, C2, R1, R2, RC1, RC2 (letters and the first digit of the name).</summary>
    public string Class
    {
        get
        {
            var letters = new string([.. Instance.TakeWhile(char.IsLetter)]);
            var rest = Instance[letters.Length..];
            return (letters + (rest.Length > 0 ? rest[..1] : "")).ToUpperInvariant();
        }
    }

    /// <summary>Rounded, and without the "-0.00" that a gap a hair under the best known would print.</summary>
    public static double Rounded(double value, int decimals) => Math.Round(value, decimals) + 0.0;

    public string ToCsv() => string.Join(',',
        Instance,
        Vehicles.ToString(CultureInfo.InvariantCulture),
        Distance.ToString("F2", CultureInfo.InvariantCulture),
        Seconds.ToString("F3", CultureInfo.InvariantCulture),
        Gap is { } gap ? Rounded(gap, 3).ToString("F3", CultureInfo.InvariantCulture) : "",
        Feasible ? "true" : "false");
}
