namespace OutreachRouting.Rota;

/// <summary>What a visit needs from whoever makes it.</summary>
/// <param name="TestingKit">Someone trained in clinic-in-a-box testing.</param>
/// <param name="Languages">Every one of these spoken by someone on the visit.</param>
/// <param name="WomenOnly">Everyone on the visit may staff women-only work.</param>
/// <param name="PairRequired">Two workers together.</param>
public sealed record VisitNeeds(bool TestingKit, IReadOnlyList<string> Languages, bool WomenOnly, bool PairRequired)
{
    public static VisitNeeds None { get; } = new(false, [], false, false);
}
