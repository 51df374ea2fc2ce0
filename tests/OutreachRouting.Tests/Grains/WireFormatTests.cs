using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using OutreachRouting.Contracts.Errors;
using OutreachRouting.Contracts.Rotas;

namespace OutreachRouting.Tests.Grains;

/// <summary>
/// The contracts through Orleans' own serializer, as they cross between silos and from the API as a cluster client
/// (calls inside one silo pass immutable messages without serializing them, so no grain test would notice a break).
/// </summary>
public sealed class WireFormatTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;

    [Fact]
    public void A_rota_document_comes_back_whole()
    {
        var at = new DateTimeOffset(2026, 12, 4, 21, 0, 0, TimeSpan.Zero);
        var edit = new RotaEdit(RotaEditKind.Pin, "the-lamb", 2, "mei", DayOfWeek.Friday, Override: true);
        var rota = new RotaDocument(
            "clash", "2026-W49", 3, 2,
            [new RotaShift("fri/mei+tom", DayOfWeek.Friday, ["mei", "tom"], "clinic", TravelMode.Cycling, at, at.AddHours(4),
                [new RotaStop(RotaStopKind.Visit, "the-lamb", null, 2, at.AddMinutes(20), at.AddMinutes(25), at.AddMinutes(70), 20, true)], 15)],
            [new UnplacedVisit("flat-3", 1, UnplacedReason.NoOneWithNeeds, "No one with Mandarin on Friday night")],
            new RotaFigures(2, 1, 0.5, 35, 240, 0.15, [new WorkerFigures("mei", 4, 30, 1, 1)]),
            [new RotaChange("the-lamb", 2, "thu/mei", "fri/mei+tom", "Mei is off on Thursday")],
            [new RotaOverride(edit, [new RotaViolation(RotaRule.Availability, "Mei is off", "fri/mei+tom", "mei", "the-lamb")], "manager", at)],
            at);

        var copy = RoundTrip(rota);

        // Records compare lists by reference, so compare what a reader sees.
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(rota), System.Text.Json.JsonSerializer.Serialize(copy));
        Assert.Equal(rota.Overrides[0].Violations[0], copy.Overrides[0].Violations[0]);
    }

    [Fact]
    public void Register_entries_and_refusals_come_back_whole()
    {
        var worker = Samples.Worker();
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(worker), System.Text.Json.JsonSerializer.Serialize(RoundTrip(worker)));
        var venue = Samples.StreetRoute();
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(venue), System.Text.Json.JsonSerializer.Serialize(RoundTrip(venue)));

        var refused = RoundTrip(new RotaRuleException("breaks 1 rule", [new RotaViolation(RotaRule.Pair, "alone at night", "fri/mei", "mei", "route")]));
        Assert.Equal(("breaks 1 rule", RotaRule.Pair, "route"), (refused.Message, refused.Violations[0].Rule, refused.Violations[0].VenueId));
    }
}
