namespace OutreachRouting.Contracts.Venues;

/// <summary>What a visit needs from the workers who make it.</summary>
[GenerateSerializer, Immutable, Alias("outreach.VenueNeeds")]
public sealed record VenueNeeds([property: Id(0)] bool TestingKit, [property: Id(1)] IReadOnlyList<string> Languages, [property: Id(2)] bool WomenOnly, [property: Id(3)] bool PairRequired)
{
    public static VenueNeeds None { get; } = new(false, [], false, false);

    public bool Equals(VenueNeeds? other) =>
        other is not null && TestingKit == other.TestingKit && WomenOnly == other.WomenOnly
        && PairRequired == other.PairRequired && Languages.SequenceEqual(other.Languages);

    public override int GetHashCode() => HashCode.Combine(TestingKit, WomenOnly, PairRequired, Languages.Count);
}
