using System.Text.Json.Serialization;

namespace OutreachRouting.Contracts.Visits;

/// <summary>Referrals made on a visit, counted by the service referred to.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[GenerateSerializer, Immutable, Alias("outreach.Referrals")]
public sealed record Referrals(
    [property: Id(0)] int Housing = 0, [property: Id(1)] int DrugAndAlcohol = 0, [property: Id(2)] int PsychologyCounselling = 0,
    [property: Id(3)] int FindAndTreat = 0, [property: Id(4)] int Clinic = 0)
{
    public static Referrals None { get; } = new();
}
