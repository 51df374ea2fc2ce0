using OutreachRouting.Rota.Travel;

namespace OutreachRouting.Rota.Validation;

/// <summary>
/// Checks any weekly rota, the planner's or one a manager edited, against its input and names every hard rule it
/// breaks. It shares no code with the planner, so that a bug there cannot hide itself here.
/// </summary>
public static class RotaValidator
{
    /// <summary>Slack for comparing times, in minutes: the planner's exact minutes are rounded to 100 ns ticks.</summary>
    public const double ToleranceMinutes = 1e-3;

    /// <summary>Slack for the travel minutes a rota states against the recomputed legs.</summary>
    public const double TravelToleranceMinutes = 0.01;

    /// <summary>Every violation, in the order the rules are checked; none for a sound rota.</summary>
    /// <param name="travel">Asked for one matrix per travel mode the shifts use.</param>
    /// <exception cref="FormatException">The input's week is not an ISO week.</exception>
    public static async Task<IReadOnlyList<RotaViolation>> ValidateAsync(PlanningInput input, WeeklyRota rota, ITravelTimes travel, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(travel);
        var context = new RotaContext(input, rota);
        ReferenceCheck.Run(context);
        AvailabilityCheck.Run(context);
        WorkerWeekCheck.Run(context);
        WorkingTimeCheck.Run(context);
        await TimingCheck.RunAsync(context, travel, ct);
        VisitCheck.Run(context);
        SessionCheck.Run(context);
        PinCheck.Run(context);
        AccountingCheck.Run(context);
        return context.Violations;
    }
}
