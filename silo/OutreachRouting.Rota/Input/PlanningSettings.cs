namespace OutreachRouting.Rota;

/// <summary>The rules of work the planner honours and the validator checks, and the weights of the soft goals.</summary>
public sealed record PlanningSettings
{
    /// <summary>Longest shift, from leaving the base to returning.</summary>
    public double MaxShiftHours { get; init; } = 8;

    /// <summary>No stretch of work without a break may be longer than this.</summary>
    public double BreakAfterHours { get; init; } = 6;

    /// <summary>Shortest break that counts.</summary>
    public double BreakMinutes { get; init; } = 30;

    /// <summary>Work between <see cref="NightStart"/> and <see cref="NightEnd"/> is night work.</summary>
    public TimeOnly NightStart { get; init; } = new(21, 0);

    public TimeOnly NightEnd { get; init; } = new(6, 0);

    /// <summary>What a visit by someone who has never been to the venue costs, in minutes of travel.</summary>
    public double ContinuityMinutes { get; init; } = 20;

    /// <summary>What leaving out a due visit costs per priority point, in minutes of travel.</summary>
    public double PriorityMinutes { get; init; } = 60;

    /// <summary>
    /// In a re-plan, what moving a published visit to another shift, or dropping it, costs, in minutes of travel. As much
    /// as the most a visit can weigh (priority 5, a whole interval overdue: 10 × <see cref="PriorityMinutes"/>), so that a
    /// re-plan never takes a published visit from its shift just to place a more urgent one there (docs/rota.md).
    /// </summary>
    public double StabilityMinutes { get; init; } = 600;
}
