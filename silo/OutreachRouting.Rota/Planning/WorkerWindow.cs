using OutreachRouting.Routing.Model;

namespace OutreachRouting.Rota.Planning;

/// <summary>One stretch a worker is available this week, with what has been decided for it so far.</summary>
internal sealed class WorkerWindow(PlanningWorker worker, int day, TimeWindow hours)
{
    public PlanningWorker Worker { get; } = worker;

    public int Day { get; } = day;

    public TimeWindow Hours { get; } = hours;

    public List<PlanningSession> Sessions { get; } = [];

    /// <summary>How much of the worker's contract this window may use.</summary>
    public double Budget { get; set; }

    /// <summary>Set when the window is worked as part of a pair.</summary>
    public WorkerWindow? Partner { get; set; }

    public double Length => Hours.End - Hours.Start;
}
