namespace OutreachRouting.TestSupport.Week;

/// <summary>The few draws the generator makes, each from the one seeded <see cref="Random"/> so a seed gives one week.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, int Weight)> items)
    {
        var draw = random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            if (draw < weight)
                return item;
            draw -= weight;
        }
        throw new ArgumentException("Weights must be positive.", nameof(items));
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A whole number from <paramref name="low"/> to <paramref name="high"/>, both included.</summary>
    public static int Between(this Random random, int low, int high) => random.Next(low, high + 1);

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Gaussian(this Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
