using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace OutreachRouting.Hosting.Database;

/// <summary>One numbered script of deploy/sql, as built into this assembly.</summary>
public sealed partial record SchemaScript(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the script with line endings normalised, so a CRLF checkout does not look like a change.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    /// <summary>Every script of this build, in version order.</summary>
    public static IReadOnlyList<SchemaScript> All { get; } = Load();

    private static List<SchemaScript> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var scripts = new List<SchemaScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            scripts.Add(new SchemaScript(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Schema scripts must be numbered 1, 2, 3, ... without gaps; found {scripts[i].Version:0000}_{scripts[i].Name} at position {i + 1}.");
            }
        }

        return scripts;
    }

    [GeneratedRegex(@"^schema/(\d{4})_([a-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();
}
