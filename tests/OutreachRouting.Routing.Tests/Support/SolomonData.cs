namespace OutreachRouting.Routing.Tests.Support;

/// <summary>Where the shared Solomon benchmark files live: <c>&lt;repository root&gt;/../shared/bench/solomon</c>.</summary>
internal static class SolomonData
{
    public static string? Folder { get; } = Locate();

    public static string Instances => Path.Combine(Folder!, "instances");

    public static string Instance(string name) => Path.Combine(Instances, name + ".txt");

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutreachRouting.sln")))
            {
                var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "bench", "solomon"));
                return Directory.Exists(folder) ? folder : null;
            }
        }
        return null;
    }
}
