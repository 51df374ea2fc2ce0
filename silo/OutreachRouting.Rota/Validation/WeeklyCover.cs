namespace OutreachRouting.Rota.Validation;

/// <summary>
/// The times a weekly pattern of slots covers, in minutes of the week. Slots that touch or overlap are one stretch,
/// and the pattern repeats: last week's Sunday night reaches into this Monday, and a shift that runs past Sunday
/// midnight meets next week's Monday slots.
/// </summary>
internal sealed class WeeklyCover
{
    private const double MinutesPerWeek = 7 * WeekClock.MinutesPerDay;

    private readonly List<(double Start, double End)> stretches = [];

    public WeeklyCover(IEnumerable<WeeklySlot> slots)
    {
        var spans = slots
            .Where(s => s.EndMinute > s.StartMinute)
            .SelectMany(s => new[] { -MinutesPerWeek, 0, MinutesPerWeek }.Select(week => (Start: s.StartMinute + week, End: s.EndMinute + week)))
            .OrderBy(s => s.Start);
        foreach (var span in spans)
        {
            if (stretches.Count > 0 && span.Start <= stretches[^1].End + RotaValidator.ToleranceMinutes)
                stretches[^1] = (stretches[^1].Start, Math.Max(stretches[^1].End, span.End));
            else
                stretches.Add(span);
        }
    }

    public bool Contains(double start, double end) =>
        stretches.Any(s => s.Start <= start + RotaValidator.ToleranceMinutes && end <= s.End + RotaValidator.ToleranceMinutes);
}
