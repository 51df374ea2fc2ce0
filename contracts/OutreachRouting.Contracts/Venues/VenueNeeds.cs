namespace OutreachRouting.Contracts.Venues;

/// <summary>What a visit needs from the workers who make it.</summary>
[GenerateSerializer, Immutable]
public sealed record VenueNeeds(bool TestingKit, IReadOnlyList<string> Languages, bool WomenOnly, bool PairRequired)
{
    public static VenueNeeds None { get; } = new(false, [], false, false);

    public bool Equals(VenueNeeds? other) =>
        other is not null && TestingKit == other.TestingKit && WomenOnly == other.WomenOnly
        && PairRequired == other.PairRequired && Languages.SequenceEqual(other.Languages);

    public override int GetHashCode() => HashCode.Combine(TestingKit, WomenOnly, PairRequired, Languages.Count);
}
