using OutreachRouting.Rota.Validation;

namespace OutreachRouting.Benchmarks.Week;

/// <summary>What the week and re-plan benchmarks do alike: warm up, count broken rules, and print numbers the same way anywhere.</summary>
internal static class BenchmarkRun
{
    /// <summary>A small week first, so that the measured plans do not carry the just-in-time compiler's work.</summary>
    public static async Task WarmUpAsync(ITravelTimes travel)
    {
        var week = WeekGenerator.Generate(1, 6, 60, seed: 0)[0];
        await RotaPlanner.PlanAsync(week, travel, new SearchOptions { TimeLimit = TimeSpan.FromSeconds(0.5) });
    }

    /// <summary>How many hard rules the rota breaks, the first five of them written to standard error.</summary>
    public static async Task<int> ViolationsAsync(PlanningInput input, WeeklyRota rota, ITravelTimes travel)
    {
        var found = await RotaValidator.ValidateAsync(input, rota, travel);
        foreach (var violation in found.Take(5))
            Console.Error.WriteLine($"{input.Team}: {violation}");
        return found.Count;
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
