namespace OutreachRouting.Rota.Validation;

/// <summary>
/// The rules of work within one shift: not too long, and no stretch between the start, the breaks and the end
/// longer than the settings allow. A break shorter than the shortest that counts is named and does not split a stretch.
/// </summary>
internal static class WorkingTimeCheck
{
    public static void Run(RotaContext context)
    {
        foreach (var shift in context.Checked)
        {
            Length(context, shift);
            Breaks(context, shift);
        }
    }

    private static void Length(RotaContext context, RotaShift shift)
    {
        var length = context.Minutes(shift.Start, shift.End);
        if (length < -RotaValidator.ToleranceMinutes)
            context.Add(RotaRule.ShiftLength, $"Shift {shift.Id} ends at {Wording.Time(shift.End)}, before it starts at {Wording.Time(shift.Start)}", shift.Id);
        else if (length > context.Settings.MaxShiftHours * 60 + RotaValidator.ToleranceMinutes)
            context.Add(RotaRule.ShiftLength, $"Shift {shift.Id} lasts {Wording.Hours(length)}, longer than the {Wording.Number(context.Settings.MaxShiftHours)} h allowed", shift.Id);
    }

    private static void Breaks(RotaContext context, RotaShift shift)
    {
        var settings = context.Settings;
        var counted = new List<RotaStop>();
        foreach (var stop in shift.Stops.Where(s => s.Kind == RotaStopKind.Break))
        {
            var length = context.Minutes(stop.Start, stop.End);
            if (length >= settings.BreakMinutes - RotaValidator.ToleranceMinutes)
                counted.Add(stop);
            else
                context.Add(RotaRule.Break, $"Shift {shift.Id}'s break at {Wording.Time(stop.Start)} lasts {Wording.Minutes(length)}; a break is at least {Wording.Minutes(settings.BreakMinutes)}", shift.Id);
        }
        var from = shift.Start;
        foreach (var (until, resume) in counted.OrderBy(b => b.Start).Select(b => (b.Start, b.End)).Append((shift.End, shift.End)))
        {
            var stretch = context.Minutes(from, until);
            if (stretch > settings.BreakAfterHours * 60 + RotaValidator.ToleranceMinutes)
            {
                context.Add(
                    RotaRule.Break,
                    $"Shift {shift.Id} works {Wording.Hours(stretch)} without a break, {Wording.Span(from, until)}; the most is {Wording.Number(settings.BreakAfterHours)} h",
                    shift.Id);
            }
            from = resume;
        }
    }
}
