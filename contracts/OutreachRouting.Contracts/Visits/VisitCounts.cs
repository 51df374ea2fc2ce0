using System.Text.Json.Serialization;

namespace OutreachRouting.Contracts.Visits;

/// <summary>What a visit gave and reached, as counts only: nothing here can name or point to a person.</summary>
/// <param name="Contacts">People spoken with, new and repeat together.</param>
/// <param name="NewContacts">Of <paramref name="Contacts"/>, those the service had not met before.</param>
/// <param name="TestingKits">Self-testing kits handed out.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[GenerateSerializer, Immutable, Alias("outreach.VisitCounts")]
public sealed record VisitCounts(
    [property: Id(0)] int Contacts = 0, [property: Id(1)] int NewContacts = 0, [property: Id(2)] int CondomPacks = 0,
    [property: Id(3)] int LubricantPacks = 0, [property: Id(4)] int TestingKits = 0, [property: Id(5)] int TestsOffered = 0,
    [property: Id(6)] int TestsDone = 0, [property: Id(7)] int PepPrepConversations = 0)
{
    public static VisitCounts None { get; } = new();
}
