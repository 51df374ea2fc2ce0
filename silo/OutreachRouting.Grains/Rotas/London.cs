namespace OutreachRouting.Grains.Rotas;

/// <summary>The service's wall clock: rotas are planned in London local time and shown with its offset.</summary>
internal static class London
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset ToOffset(DateTime local) =>
        new(local, Zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));

    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
