using System.Text.Json;
using OutreachRouting.Contracts.Errors;
using OutreachRouting.Json;

namespace OutreachRouting.Api.Http;

/// <summary>Query-string filters in the API's JSON spelling ("street-route"), refused by name when unknown.</summary>
public static class QueryValues
{
    public static TEnum? Enum<TEnum>(string? value, string field)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TEnum>(JsonSerializer.Serialize(value), OutreachJson.Options);
        }
        catch (JsonException)
        {
            var names = string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => JsonSerializer.Serialize(v, OutreachJson.Options).Trim('"')));
            throw new ValidationException([new FieldError(field, $"'{value}' is not one of: {names}")]);
        }
    }
}
