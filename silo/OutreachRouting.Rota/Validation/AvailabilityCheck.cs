namespace OutreachRouting.Rota.Validation;

/// <summary>
/// Each shift is filed under the day it starts, within the week, and each of its workers is available for all of it
/// and not off that day. Leave is by the day the shift starts: a night shift may run into a day off.
/// </summary>
internal static class AvailabilityCheck
{
    public static void Run(RotaContext context)
    {
        foreach (var shift in context.Checked)
        {
            if (shift.Start.DayOfWeek != shift.Day)
                context.Add(RotaRule.Availability, $"Shift {shift.Id} is filed under {shift.Day} but starts on {shift.Start.DayOfWeek}", shift.Id);
            var date = DateOnly.FromDateTime(shift.Start);
            if (context.Clock.DayIndexOf(date) is null)
                context.Add(RotaRule.Availability, $"Shift {shift.Id} starts on {date:d MMM yyyy}, outside week {context.Clock.Week}", shift.Id);
            foreach (var worker in context.WorkersOf(shift))
            {
                if (worker.DaysOff.Contains(date))
                    context.Add(RotaRule.Availability, $"{worker.Name} is off on {date:ddd d MMM} (shift {shift.Id})", shift.Id, worker.Id);
                if (!new WeeklyCover(worker.Availability).Contains(context.Minute(shift.Start), context.Minute(shift.End)))
                    context.Add(RotaRule.Availability, $"{worker.Name} is not available {Wording.Span(shift.Start, shift.End)} (shift {shift.Id})", shift.Id, worker.Id);
            }
        }
    }
}
