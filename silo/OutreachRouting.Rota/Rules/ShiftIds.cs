namespace OutreachRouting.Rota;

/// <summary>
/// A shift's id: its day, then its workers, "wed/amara+jo"; a second shift of the same people that day ends "-2".
/// Stable across re-plans while the same people work that day, so a re-plan can say what moved.
/// </summary>
public static class ShiftIds
{
    public static string For(DayOfWeek day, IEnumerable<string> workerIds, int number = 1)
    {
        var id = $"{WeekDays.Abbreviation(day).ToLowerInvariant()}/{string.Join('+', workerIds)}";
        return number == 1 ? id : $"{id}-{number}";
    }
}
