namespace OutreachRouting.Routing.Solomon;

/// <summary>A Solomon-format file that cannot be read, with the line at fault (1-based; 0 for the file as a whole).</summary>
public sealed class SolomonFormatException(string file, int line, string reason)
    : FormatException($"{file}:{line}: {reason}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
