namespace OutreachRouting.Rota.Planning;

/// <summary>
/// The engine's skills are a 64-bit set a job needs all of: the rota's needs map onto it, a bit for working as a
/// pair, one for women-only work, one per trained skill, and one per language the week's venues and sessions ask for.
/// </summary>
internal sealed class SkillBits
{
    public const ulong Pair = 1UL << 0;
    public const ulong WomenOnly = 1UL << 1;
    private const int FirstSkillBit = 2;
    private static readonly int FirstLanguageBit = FirstSkillBit + Enum.GetValues<WorkerSkill>().Length;

    private readonly Dictionary<string, int> _languages = new(StringComparer.OrdinalIgnoreCase);

    public SkillBits(IEnumerable<string> neededLanguages)
    {
        foreach (var language in neededLanguages.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
        {
            if (FirstLanguageBit + _languages.Count >= 64)
                throw new ArgumentException("A week's venues and sessions may ask for at most " + (64 - FirstLanguageBit) + " languages.");
            _languages[language] = FirstLanguageBit + _languages.Count;
        }
    }

    public static ulong Of(WorkerSkill skill) => 1UL << (FirstSkillBit + (int)skill);

    public ulong Of(IEnumerable<string> languages)
    {
        var bits = 0UL;
        foreach (var language in languages)
        {
            if (_languages.TryGetValue(language, out var bit))
                bits |= 1UL << bit;
        }
        return bits;
    }

    /// <summary>What a shift of these workers can do together.</summary>
    public ulong Of(IReadOnlyList<PlanningWorker> workers)
    {
        var bits = workers.Count == 2 ? Pair : 0;
        if (workers.All(w => w.WomenOnlyEligible))
            bits |= WomenOnly;
        foreach (var worker in workers)
            bits |= worker.Skills.Aggregate(0UL, (b, s) => b | Of(s)) | Of(worker.Languages);
        return bits;
    }

    /// <summary>Words for the needs in <paramref name="bits"/>, for an unplaced visit's reason.</summary>
    public IEnumerable<string> Describe(ulong bits)
    {
        if ((bits & Pair) != 0)
            yield return "a pair";
        if ((bits & WomenOnly) != 0)
            yield return "women-only staff";
        if ((bits & Of(WorkerSkill.ClinicInABoxTesting)) != 0)
            yield return "clinic-in-a-box testing";
        if ((bits & Of(WorkerSkill.PepPrep)) != 0)
            yield return "PEP/PrEP";
        if ((bits & Of(WorkerSkill.HealthPromotion)) != 0)
            yield return "health promotion";
        foreach (var (language, bit) in _languages.OrderBy(l => l.Value))
        {
            if ((bits & (1UL << bit)) != 0)
                yield return char.ToUpperInvariant(language[0]) + language[1..];
        }
    }
}
