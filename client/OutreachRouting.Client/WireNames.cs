using System.Text.Json;
using OutreachRouting.Json;

namespace OutreachRouting.Client;

/// <summary>Enum values as the API spells them ("street-route"), for query strings and for people.</summary>
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
