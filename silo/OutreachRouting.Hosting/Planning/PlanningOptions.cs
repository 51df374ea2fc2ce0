namespace OutreachRouting.Hosting.Planning;

/// <summary>How much of the machine rota planning may take, from configuration section "Planning" (Planning__MaxConcurrentCores).</summary>
public sealed class PlanningOptions
{
    public const string Section = "Planning";

    /// <summary>
    /// The most cores the silo's plans take together; plans beyond it queue. One core is left to the grains, the API
    /// and the database's client work, so that plans never slow every other request (on a machine of one core, plans share it).
    /// </summary>
    public int MaxConcurrentCores { get; set; } = Math.Max(1, Environment.ProcessorCount - 1);
}
