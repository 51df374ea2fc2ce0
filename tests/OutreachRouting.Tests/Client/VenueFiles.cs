namespace OutreachRouting.Tests.Client;

/// <summary>Small venue files in the two formats the import accepts.</summary>
public static class VenueFiles
{
    public static string GeoJson(params string[] ids) =>
        $$"""{"type":"FeatureCollection","features":[{{string.Join(",", ids.Select(Feature))}}]}""";

    /// <summary>One venue per id, a Friday-night club; <paramref name="kind"/> lets a test break a line.</summary>
    public static string Csv(string id, string kind = "club") =>
        "id,name,kind,borough,longitude,latitude,access_windows,visit_minutes,target_interval_days,priority,testing_kit,languages,women_only,pair_required,sensitivity\n"
        + $"{id},Imported club {id},{kind},Islington,-0.1031,51.5362,fri 22:00-03:00+1; sat 21:00-02:00+1,40,21,4,true,portuguese; spanish,false,true,public\n";

    private static string Feature(string id) =>
        $$$"""
        {"type":"Feature","id":"{{{id}}}","geometry":{"type":"Point","coordinates":[-0.1426,51.539]},
         "properties":{"name":"Imported bar {{{id}}}","kind":"bar","borough":"Camden",
           "accessWindows":[{"day":"friday","start":"22:00","end":"03:00","endsNextDay":true}],
           "visitMinutes":45,"targetIntervalDays":14,"priority":3,
           "needs":{"testingKit":false,"languages":[],"womenOnly":false,"pairRequired":false},
           "sensitivity":"public","status":"active"}}
        """;
}
