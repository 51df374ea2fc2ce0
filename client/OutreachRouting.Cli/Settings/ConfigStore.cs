using System.Text.Json;

namespace OutreachRouting.Cli.Settings;

/// <summary>The settings file. It holds a bearer token, so only its owner may read it (mode 600).</summary>
public sealed class ConfigStore(string path)
{
    private static readonly JsonSerializerOptions Format = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Path => path;

    /// <summary>$OUTREACH_CONFIG, else $XDG_CONFIG_HOME/outreach/config.json, else ~/.config/outreach/config.json.</summary>
    public static string DefaultPath(IDictionary<string, string?> environment)
    {
        string? Variable(string name) => environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
        if (Variable("OUTREACH_CONFIG") is { } explicitPath)
        {
            return explicitPath;
        }

        var home = Variable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var configHome = Variable("XDG_CONFIG_HOME") ?? System.IO.Path.Combine(home, ".config");
        return System.IO.Path.Combine(configHome, "outreach", "config.json");
    }

    /// <summary>The saved settings; null when no one has signed in.</summary>
    public CliSettings? Load()
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CliSettings>(File.ReadAllText(path), Format);
        }
        catch (JsonException e)
        {
            throw new CliException($"cannot read the settings in {path}: {e.Message} (sign in again: outreach login)", e);
        }
    }

    public void Save(CliSettings settings)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(path, options))
        {
            JsonSerializer.Serialize(file, settings, Format);
        }

        // UnixCreateMode applies to new files only; an older file keeps its mode unless set again.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>Forgets the settings; false when there were none.</summary>
    public bool Delete()
    {
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }
}
