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
            return WireNames.Parse<TEnum>(value);
        }
        catch (JsonException)
        {
            throw new ValidationException([new FieldError(field, $"'{value}' is not one of: {string.Join(", ", WireNames.All<TEnum>())}")]);
        }
    }
}
