using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutreachRouting.Json;

/// <summary>Times of day as people write them: "22:00" (seconds accepted on input, as in "22:00:00").</summary>
public sealed class TimeOfDayJsonConverter : JsonConverter<TimeOnly>
{
    private static readonly string[] Formats = ["HH:mm", "HH:mm:ss", "H:mm"];

    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return TimeOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new JsonException($"'{text}' is not a time of day: write it as HH:mm, such as 22:00.");
    }

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(value.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture));
}
