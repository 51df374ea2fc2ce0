namespace OutreachRouting.TestSupport.Week;

/// <summary>
/// The languages a team meets besides English, weighted by how often: six of those London outreach meets, always
/// with Mandarin, as both demo teams' pools have it. Workers speak from the pool; venues need from it, and now and
/// then a language no one in the team speaks, so that some visits are legitimately unplaceable.
/// </summary>
internal sealed class LanguagePool
{
    /// <summary>How often a venue's language is one someone in the team speaks.</summary>
    public const double CoveredShare = 0.9;

    private static readonly string[] London =
    [
        "mandarin", "cantonese", "thai", "portuguese", "romanian", "spanish", "polish", "bulgarian", "albanian",
        "vietnamese", "russian", "hungarian",
    ];

    private static readonly int[] Weights = [3, 3, 2, 2, 1, 1];

    private readonly (string Language, int Weight)[] pool;

    private LanguagePool((string Language, int Weight)[] pool) => this.pool = pool;

    public static LanguagePool Draw(Random random)
    {
        var others = London[1..];
        random.Shuffle(others);
        string[] languages = ["mandarin", .. others[..(Weights.Length - 1)]];
        random.Shuffle(languages);
        return new([.. languages.Select((language, i) => (language, Weights[i]))]);
    }

    /// <summary>A worker's: English and up to two more.</summary>
    public IReadOnlyList<string> Spoken(Random random)
    {
        var count = random.PickWeighted([(0, 3), (1, 5), (2, 2)]);
        var languages = new List<string>();
        while (languages.Count < count)
        {
            var language = random.PickWeighted(pool);
            if (!languages.Contains(language))
                languages.Add(language);
        }
        languages.Sort(StringComparer.Ordinal);
        return ["english", .. languages];
    }

    /// <summary>A venue's: one or two, each spoken in the team (<paramref name="spoken"/>) with <see cref="CoveredShare"/> odds.</summary>
    public IReadOnlyList<string> Needed(IReadOnlyList<string> spoken, Random random)
    {
        var covered = pool.Where(l => spoken.Contains(l.Language)).ToArray();
        var uncovered = London.Where(l => !spoken.Contains(l)).ToArray();
        var needs = new List<string>();
        for (var draws = random.Between(1, 2); draws > 0; draws--)
        {
            var language = covered.Length > 0 && random.Chance(CoveredShare) ? random.PickWeighted(covered) : random.Pick(uncovered);
            if (!needs.Contains(language))
                needs.Add(language);
        }
        needs.Sort(StringComparer.Ordinal);
        return needs;
    }
}
