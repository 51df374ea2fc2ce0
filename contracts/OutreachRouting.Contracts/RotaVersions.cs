using System.Globalization;

namespace OutreachRouting.Contracts;

/// <summary>A published rota's name, "2026-W49.v2": its ISO week and its version, the one spelling everywhere.</summary>
public static class RotaVersions
{
    public static string Of(string week, int version) => string.Create(CultureInfo.InvariantCulture, $"{week}.v{version}");

    public static string Week(string rotaVersion) => rotaVersion[..rotaVersion.IndexOf('.', StringComparison.Ordinal)];

    public static int Number(string rotaVersion) =>
        int.Parse(rotaVersion.AsSpan(rotaVersion.LastIndexOf(".v", StringComparison.Ordinal) + 2), NumberStyles.None, CultureInfo.InvariantCulture);
}
