namespace OutreachRouting.Rota.Validation;

/// <summary>A worker's week across shifts: never two shifts at once, and no more hours than the contract.</summary>
internal static class WorkerWeekCheck
{
    public static void Run(RotaContext context)
    {
        foreach (var worker in context.Workers)
        {
            var shifts = context.Rota.Shifts.Where(s => s.WorkerIds.Contains(worker.Id)).OrderBy(s => s.Start).ToList();
            for (var i = 0; i < shifts.Count; i++)
            {
                foreach (var later in shifts.Skip(i + 1).TakeWhile(s => context.Minutes(s.Start, shifts[i].End) > RotaValidator.ToleranceMinutes))
                {
                    context.Add(
                        RotaRule.DoubleBooked,
                        $"{worker.Name} is on shift {shifts[i].Id} ({Wording.Span(shifts[i].Start, shifts[i].End)}) and shift {later.Id} ({Wording.Span(later.Start, later.End)}) at once",
                        later.Id,
                        worker.Id);
                }
            }
            var minutes = shifts.Sum(s => Math.Max(0, context.Minutes(s.Start, s.End)));
            if (minutes > worker.ContractedHours * 60 + RotaValidator.ToleranceMinutes)
            {
                context.Add(
                    RotaRule.ContractedHours,
                    $"{worker.Name} works {Wording.Hours(minutes)} this week, contracted for {Wording.Number(worker.ContractedHours)} h",
                    workerId: worker.Id);
            }
        }
    }
}
