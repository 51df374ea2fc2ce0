namespace OutreachRouting.Cli.Output;

/// <summary>
/// Left-aligned columns separated by two spaces, padded to the widest cell: plain text that reads in any
/// terminal and survives pipes and redirection unchanged. Without headers it is a key/value view.
/// </summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public TextTable Add(params string[] cells)
    {
        rows.Add(cells);
        return this;
    }

    public void Write(TextWriter writer)
    {
        var lines = headers.Length > 0 ? rows.Prepend(headers).ToList() : rows;
        var columns = lines.Count == 0 ? 0 : lines.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(c => lines.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        foreach (var row in lines)
        {
            writer.WriteLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }
    }
}
