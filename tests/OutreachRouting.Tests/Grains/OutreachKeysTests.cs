namespace OutreachRouting.Tests.Grains;

public sealed class OutreachKeysTests
{
    [Fact]
    public void A_key_carries_the_team_and_is_never_all_digits()
    {
        var key = OutreachKeys.For("clash", "20235");

        Assert.Equal("clash/20235", key);
        Assert.Contains(key, c => !char.IsAsciiDigit(c));
        Assert.Equal(("clash", "20235"), OutreachKeys.Parse(key));
    }

    [Theory]
    [InlineData("", "v1")]
    [InlineData("123", "v1")]
    [InlineData("Clash", "v1")]
    [InlineData("cl/ash", "v1")]
    [InlineData("clash", "")]
    [InlineData("clash", "v/1")]
    [InlineData("clash", "V1")]
    public void Malformed_teams_and_ids_are_refused(string team, string id)
    {
        Assert.Throws<ArgumentException>(() => OutreachKeys.For(team, id));
    }

    [Fact]
    public void A_visit_stop_id_reads_back_and_anything_else_does_not()
    {
        var id = StopIds.ForVisit("2026-W49", "the-lamb", 2);

        Assert.True(StopIds.TryParseVisit(id, out var week, out var venue, out var visit));
        Assert.Equal(("2026-W49", "the-lamb", 2), (week, venue, visit));
        Assert.All(
            [StopIds.ForSession("2026-W49", "clinic-mon"), "2026-W54.the-lamb.2", "2026-W49.the-lamb.0", "2026-W49.The-Lamb.2", "2026-W49.the-lamb.two", null],
            bad => Assert.False(StopIds.TryParseVisit(bad, out _, out _, out _)));
    }
}
