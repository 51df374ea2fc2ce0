using OutreachRouting.Rota;

namespace OutreachRouting.TestSupport.Week;

/// <summary>
/// Planning weeks for the rota benchmarks, shaped like the real service (kinds, windows, intervals, priorities,
/// needs and languages of deploy/demo/generate.py) on a synthetic map: each team a patch of north London a few km
/// across, side by side. The same arguments give the same weeks; every fixed session can be staffed, and the due
/// visits fill 80 to 100 % of each team's contracted hours (short of that with fewer than about ten venues a
/// worker, since no venue is due more often than every other day).
/// </summary>
public static class WeekGenerator
{
    /// <summary>Teams per row of patches: twelve teams fill 51.50–51.60 N, 0.25 W–0.05 E.</summary>
    private const int Columns = 4;

    /// <summary>A patch for about 400 venues, as a team has London-wide: some 5.2 by 3.7 km.</summary>
    private const double PatchWidth = 0.075, PatchHeight = 0.0333, PatchVenues = 400;

    /// <summary>Splits the workers and venues as evenly as possible over the teams ("team-01", ...).</summary>
    /// <param name="workers">At least two a team: the core staff who can staff any walk-in clinic.</param>
    /// <param name="venues">At least three a team: a base, the van stop, and one more.</param>
    /// <param name="week">The ISO week planned, e.g. "2026-W49".</param>
    public static IReadOnlyList<PlanningInput> Generate(int teams, int workers, int venues, int seed, string week = "2026-W49")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(teams, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 2 * teams);
        ArgumentOutOfRangeException.ThrowIfLessThan(venues, 3 * teams);
        var clock = WeekClock.Parse(week);
        var random = new Random(seed);

        // A patch grows with its venues, so that venues stand about as close together at every size.
        var size = Math.Clamp(Math.Sqrt((double)venues / teams / PatchVenues), 0.6, 1.6);
        var (width, height) = (PatchWidth * size, PatchHeight * size);
        var rows = (teams + Columns - 1) / Columns;
        var west = -0.10 - Math.Min(teams, Columns) * width / 2;
        var south = 51.55 - rows * height / 2;

        var inputs = new List<PlanningInput>(teams);
        for (var t = 0; t < teams; t++)
        {
            var (column, row) = (t % Columns, t / Columns);
            var patch = new Patch(west + column * width, south + row * height, west + (column + 1) * width, south + (row + 1) * height);
            inputs.Add(TeamGenerator.Generate(
                $"team-{t + 1:00}", Share(workers, teams, t), Share(venues, teams, t), patch, clock, random));
        }
        return inputs;
    }

    /// <summary>Team <paramref name="t"/>'s share of <paramref name="total"/>: the first teams take one more of what does not divide.</summary>
    private static int Share(int total, int teams, int t) => total / teams + (t < total % teams ? 1 : 0);
}
