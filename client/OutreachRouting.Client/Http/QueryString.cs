using System.Globalization;
using OutreachRouting.Json;

namespace OutreachRouting.Client.Http;

/// <summary>A list request's filters in the API's spelling; absent (null) filters are left out.</summary>
internal sealed class QueryString
{
    private readonly List<string> pairs = [];

    public QueryString Add(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            pairs.Add($"{name}={Uri.EscapeDataString(value)}");
        }

        return this;
    }

    public QueryString Add<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum => Add(name, value is { } v ? WireNames.Of(v) : null);

    public QueryString Add(string name, bool? value) => Add(name, value is { } v ? (v ? "true" : "false") : null);

    public QueryString Add(string name, int value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => pairs.Count == 0 ? string.Empty : "?" + string.Join("&", pairs);
}
