using System.Text.Json;

namespace OutreachRouting.Json;

/// <summary>Enum values as <see cref="OutreachJson"/> spells them ("street-route"): in JSON, query strings, the directory tables and for people.</summary>
public static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonSerializer.Serialize(value, OutreachJson.Options).Trim('"');

    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Of)];

    /// <exception cref="JsonException">The name is not one of <see cref="All{TEnum}"/>.</exception>
    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum => JsonSerializer.Deserialize<TEnum>(JsonSerializer.Serialize(name), OutreachJson.Options);
}
